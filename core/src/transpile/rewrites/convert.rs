//! CAST and CONVERT: type mapping, date styles, and SQL Server's string truncation.

use super::{cast, func, string};
use crate::analyze::types::Ty;
use crate::parse::{SqlType, TypeArg};
use crate::transpile::mappings::convert_styles::{self, StyleRule};
use crate::transpile::mappings::types::{map_type, MappedType};
use crate::transpile::passes::Ctx;
use crate::transpile::target::FormatCall;
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
/// use the target's format function; strings parsed with a style use its parse function.
/// <https://learn.microsoft.com/sql/t-sql/functions/cast-and-convert-transact-sql>
pub fn convert(ctx: &mut Ctx, expr: Expr, source: Ty, to: &DataType, style: Option<&Expr>) -> Result<Expr, String> {
    let t = SqlType::from_data_type(to);
    let style = match style {
        None => None,
        Some(e) => Some(super::int_literal(e).ok_or_else(|| format!("CONVERT style `{e}` is not a constant"))?),
    };
    let target = target_type(ctx, &t)?;
    if ctx.profile().tsql_conversions {
        // The T-SQL family converts the SQL Server way itself.
        return Ok(cast(expr, &target));
    }
    if let Some(len) = string_length(&t) {
        // char(n) and nchar(n) pad with spaces to n; varchar(n) only cuts.
        let fit = |e: Expr, n: Option<u32>| match (t.name.as_str(), n.or(len)) {
            ("char" | "nchar", Some(n)) => func("rpad", vec![e, super::number(i64::from(n)), string(" ")]),
            _ => truncate(e, n),
        };
        let formatted = match (source, style) {
            (Ty::Date | Ty::DateTime | Ty::Time, Some(s)) if s != 0 || source == Ty::Date => {
                Some(format_date(ctx, expr.clone(), source, s as u32)?)
            }
            // A date style says the value is a date or time; SQL Server ignores it on text.
            (Ty::Unknown, Some(s)) if s != 0 && convert_styles::lookup(s as u32).is_some() => {
                ctx.note_semantic(&format!(
                    "CONVERT style {s} formats dates and times, and the value's type is unknown: it was formatted as a datetime"
                ));
                Some(format_date(ctx, expr.clone(), Ty::DateTime, s as u32)?)
            }
            (Ty::Date, None) => Some((format_call(ctx, expr.clone(), "%Y-%m-%d", false)?, 10)),
            (Ty::Decimal | Ty::Float | Ty::Int, Some(s)) if s != 0 => {
                return Err(format!("CONVERT style {s} for numbers"));
            }
            (Ty::DateTime, None) | (Ty::DateTime, Some(0)) => {
                return Err("converting a datetime to text without a style uses style 0 (`mon dd yyyy hh:miAM`)".into());
            }
            (Ty::Time, None) => return Err("converting a time to text writes 7 fractional digits".into()),
            (Ty::Float, None) => return Err("converting a float to text uses SQL Server's 6-digit style 0".into()),
            // bit is a BOOLEAN on most targets, which casts to 'true'; SQL Server writes 1.
            (Ty::Bit, _) if ctx.profile().bit_is_boolean => {
                Some((ctx.template("CASE WHEN $1 THEN '1' WHEN NOT $1 THEN '0' END", std::slice::from_ref(&expr))?, 1))
            }
            _ => None,
        };
        return Ok(match formatted {
            // A style's text has a fixed width: cut when longer, pad (char) when shorter.
            Some((e, out_len)) => match len {
                Some(n) if n == out_len => e,
                Some(n) if n < out_len => fit(e, Some(n)),
                _ => fit(e, None),
            },
            None => match source {
                Ty::Str | Ty::Null | Ty::Unknown => fit(cast(expr, &target), len),
                _ => fit(cast(expr, &target), None),
            },
        });
    }
    // SQL Server truncates toward zero when a decimal becomes an integer; casts on the targets round.
    if matches!(t.name.as_str(), "tinyint" | "smallint" | "int" | "bigint") && matches!(source, Ty::Decimal | Ty::Float)
    {
        let truncated = ctx.template(ctx.profile().truncate, &[expr])?;
        return Ok(cast(truncated, &target));
    }
    let is_date_type =
        matches!(t.name.as_str(), "date" | "datetime" | "datetime2" | "smalldatetime" | "datetimeoffset");
    let expr = match super::dates::iso_date_literal(&expr) {
        Some(iso) if is_date_type && style.is_none_or(|s| s == 0 || iso_text_style(s)) => iso,
        _ => expr,
    };
    match (source, style, t.name.as_str()) {
        // Text in an ISO style (`yyyy-mm-dd[ hh:mi:ss[.mmm]]`, `T` or a space) reads the same
        // through CAST on every target, which is as lenient as SQL Server about the fraction.
        (Ty::Str | Ty::Unknown, Some(s), "date" | "datetime" | "datetime2" | "smalldatetime") if iso_text_style(s) => {
            Ok(cast(expr, &target))
        }
        (Ty::Str, Some(s), "date" | "datetime" | "datetime2" | "smalldatetime") if s != 0 => {
            let (fmt, _) = style_format(ctx, s as u32)?;
            Ok(cast(format_call(ctx, expr, fmt, true)?, &target))
        }
        // Other styles only matter when the value is text, which is unknown here.
        (Ty::Unknown, Some(s), "date" | "datetime" | "datetime2" | "smalldatetime") if s != 0 => {
            ctx.note_semantic(&format!(
                "CONVERT style {s} reads text in its own format, and the value's type is unknown: it was cast without the style"
            ));
            Ok(cast(expr, &target))
        }
        _ => Ok(cast(expr, &target)),
    }
}

/// Styles whose text is ISO 8601 (`yyyy-mm-dd`, then ` hh:mi:ss[.mmm]` or `Thh:mi:ss[.mmm]`).
fn iso_text_style(style: i64) -> bool {
    matches!(style, 20 | 21 | 23 | 25 | 120 | 121 | 126)
}

fn style_format(ctx: &Ctx, style: u32) -> Result<(&'static str, u32), String> {
    let row = convert_styles::lookup(style).ok_or_else(|| format!("CONVERT style {style} is not a date style"))?;
    match row.rules[ctx.target.index()] {
        StyleRule::Format => Ok((row.format, row.length)),
        StyleRule::Native => Err(format!("internal: CONVERT style {style} kept for a target that rewrites it")),
        StyleRule::Unsupported(why) => Err(format!("CONVERT style {style}: {why}")),
    }
}

/// `value` formatted (or, with `parse`, parsed) with a strftime format, written with the
/// target's format function and elements.
fn format_call(ctx: &Ctx, value: Expr, strftime: &str, parse: bool) -> Result<Expr, String> {
    let profile = ctx.profile();
    let call: FormatCall = (if parse { profile.date_parse } else { profile.date_format })
        .ok_or("the target has no date format function")?;
    let fmt = convert_styles::translate(strftime, call.elements)
        .ok_or_else(|| format!("the target cannot write the date format `{strftime}`"))?;
    let value = match call.value_type {
        Some(t) => cast(value, t),
        None => value,
    };
    let args = if call.format_first { vec![string(&fmt), value] } else { vec![value, string(&fmt)] };
    Ok(func(call.function, args))
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
    Ok((format_call(ctx, e, &fmt, false)?, len))
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
