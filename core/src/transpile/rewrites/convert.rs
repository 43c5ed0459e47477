//! CAST and CONVERT: type mapping, date styles, and SQL Server's string truncation.

use super::{cast, func, string};
use crate::analyze::types::Ty;
use crate::parse::{SqlType, TypeArg};
use crate::transpile::mappings::convert_styles::{self, StyleRule};
use crate::transpile::mappings::types::{map_type, MappedType};
use crate::transpile::passes::Ctx;
use sqlparser::ast::{DataType, Expr};

/// Is this a character type, and how long (`varchar` without a length in CAST/CONVERT is 30)?
fn string_length(t: &SqlType) -> Option<Option<u32>> {
    match t.name.as_str() {
        "char" | "varchar" | "nchar" | "nvarchar" => Some(match t.args.first() {
            Some(TypeArg::Number(n)) => Some(*n),
            Some(TypeArg::Max) => None,
            None => Some(30),
        }),
        "text" | "ntext" | "sysname" => Some(None),
        _ => None,
    }
}

/// The target type text for a T-SQL type, with a diagnostic when it is lossy.
pub fn target_type(ctx: &mut Ctx, t: &SqlType) -> Result<String, String> {
    match map_type(t, ctx.target.index()) {
        MappedType::Ok(s) => Ok(s),
        MappedType::Lossy(s, why) => {
            ctx.note_semantic(&format!("`{}` becomes {s}: {why}", t.to_tsql()));
            Ok(s)
        }
        MappedType::Unsupported(why) => Err(format!("type `{}`: {why}", t.to_tsql())),
    }
}

/// CAST(x AS type) / CONVERT(type, x [, style]) with `x` already converted and `source` its T-SQL
/// type. Character targets truncate to their length in SQL Server; dates formatted with a style
/// use strftime; strings parsed with a style use strptime.
/// <https://learn.microsoft.com/sql/t-sql/functions/cast-and-convert-transact-sql>
pub fn convert(ctx: &mut Ctx, expr: Expr, source: Ty, to: &DataType, style: Option<&Expr>) -> Result<Expr, String> {
    let t = SqlType::from_data_type(to);
    let style = match style {
        None => None,
        Some(e) => Some(super::int_literal(e).ok_or_else(|| format!("CONVERT style `{e}` is not a constant"))?),
    };
    let target = target_type(ctx, &t)?;
    if let Some(len) = string_length(&t) {
        let formatted = match (source, style) {
            (Ty::Date | Ty::DateTime | Ty::Time, Some(s)) if s != 0 || source == Ty::Date => {
                Some(format_date(ctx, expr.clone(), source, s as u32)?)
            }
            (Ty::Date, None) => Some((func("strftime", vec![expr.clone(), string("%Y-%m-%d")]), 10)),
            (Ty::Decimal | Ty::Float | Ty::Int, Some(s)) if s != 0 => {
                return Err(format!("CONVERT style {s} for numbers"));
            }
            (Ty::DateTime, None) | (Ty::DateTime, Some(0)) => {
                return Err("converting a datetime to text without a style uses style 0 (`mon dd yyyy hh:miAM`)".into());
            }
            _ => None,
        };
        return Ok(match formatted {
            Some((e, out_len)) => truncate(e, len.filter(|n| *n < out_len)),
            None => match source {
                Ty::Str | Ty::Null | Ty::Unknown => truncate(cast(expr, &target), len),
                _ => cast(expr, &target),
            },
        });
    }
    // SQL Server truncates toward zero when a decimal becomes an integer; DuckDB rounds.
    if matches!(t.name.as_str(), "tinyint" | "smallint" | "int" | "bigint") && matches!(source, Ty::Decimal | Ty::Float)
    {
        return Ok(cast(func("trunc", vec![expr]), &target));
    }
    match (source, style, t.name.as_str()) {
        (Ty::Str, Some(s), "date" | "datetime" | "datetime2" | "smalldatetime") if s != 0 => {
            let (fmt, _) = style_format(ctx, s as u32)?;
            Ok(cast(func("strptime", vec![expr, string(fmt)]), &target))
        }
        _ => Ok(cast(expr, &target)),
    }
}

fn style_format(ctx: &Ctx, style: u32) -> Result<(&'static str, u32), String> {
    let row = convert_styles::lookup(style).ok_or_else(|| format!("CONVERT style {style} is not a date style"))?;
    match row.rules[ctx.target.index()] {
        StyleRule::Format(f, n) => Ok((f, n)),
        StyleRule::Unsupported(why) => Err(format!("CONVERT style {style}: {why}")),
    }
}

/// A `date` has no time part: SQL Server prints only the date fields of a date-and-time style.
/// A `time` has no date part: a style with date fields is not something we can reproduce.
fn format_date(ctx: &Ctx, e: Expr, source: Ty, style: u32) -> Result<(Expr, u32), String> {
    let (fmt, len) = style_format(ctx, style)?;
    let has_date = fmt.contains("%Y") || fmt.contains("%y") || fmt.contains("%m") || fmt.contains("%b");
    let (fmt, len) = match source {
        Ty::Date => {
            let cut = ["%H", "%I"].iter().filter_map(|t| fmt.find(t)).min().unwrap_or(fmt.len());
            if cut == 0 {
                return Err(format!("CONVERT style {style} formats a time, but the value is a date"));
            }
            let date_only = fmt[..cut].trim_end_matches([' ', 'T']);
            (date_only.to_string(), format_width(date_only))
        }
        Ty::Time if has_date => return Err(format!("CONVERT style {style} formats a date, but the value is a time")),
        _ => (fmt.to_string(), len),
    };
    Ok((func("strftime", vec![e, string(&fmt)]), len))
}

/// Output width of a strftime format made of fixed-width fields.
fn format_width(fmt: &str) -> u32 {
    let mut width = 0;
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        width += match (c, c == '%') {
            (_, true) => match chars.next() {
                Some('Y') => 4,
                Some('b') | Some('g') => 3,
                _ => 2,
            },
            _ => 1,
        };
    }
    width
}

/// SQL Server silently cuts text to the target length.
fn truncate(e: Expr, len: Option<u32>) -> Expr {
    match len {
        Some(n) => func("left", vec![e, super::number(n as i64)]),
        None => e,
    }
}
