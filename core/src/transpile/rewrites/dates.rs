//! Date and time functions. The shape of each call comes from the target profile
//! (`date_add`, `date_diff`, `date_part`, month and weekday names), the part names from the
//! date-part table.

use super::{arity, cast, func, ident, nested, number, string, Call};
use crate::analyze::types::Ty;
use crate::transpile::mappings::dateparts::{self, PartRule};
use crate::transpile::passes::Ctx;
use crate::transpile::target::{DateAdd, DateDiff, DatePartCall, DatePartType};
use sqlparser::ast::{BinaryOperator, CastKind, DateTimeField, Expr, ExtractSyntax, Ident, Interval};

/// The part as written in the call (`day`, `dd`, `'month'`).
fn written_part(e: &Expr) -> Result<String, String> {
    match e {
        Expr::Identifier(id) => Ok(id.value.clone()),
        Expr::Value(v) => Ok(v.to_string().trim_matches('\'').to_string()),
        other => Err(format!("`{other}` is not a date part")),
    }
}

/// The canonical T-SQL part and the target's name for it (from the date-part table).
fn part(ctx: &Ctx, e: &Expr) -> Result<(&'static str, &'static str), String> {
    let written = written_part(e)?;
    let row = dateparts::lookup(&written).ok_or_else(|| format!("`{written}` is not a T-SQL date part"))?;
    match row.rules[ctx.target.index()] {
        PartRule::Named(n) => Ok((row.canonical, n)),
        PartRule::Unsupported(why) => Err(format!("date part `{written}`: {why}")),
    }
}

/// A string literal SQL Server reads as a date in every language setting, written as ISO
/// `yyyy-mm-dd[ hh:mi[:ss[.fff]]]`, which every target's CAST reads: the unseparated `yyyymmdd`
/// (`'20240131'`, `'20240131 10:30'`) and `yyyy/mm/dd`. `None` for any other expression or text.
/// <https://learn.microsoft.com/sql/t-sql/data-types/datetime-transact-sql#supported-string-literal-formats-for-datetime>
pub fn iso_date_literal(e: &Expr) -> Option<Expr> {
    let Expr::Value(v) = e else { return None };
    let (sqlparser::ast::Value::SingleQuotedString(text) | sqlparser::ast::Value::NationalStringLiteral(text)) =
        &v.value
    else {
        return None;
    };
    let text = text.trim();
    let (date, time) = match text.split_once(' ') {
        Some((d, t)) => (d, Some(t.trim())),
        None => (text, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let (y, m, d) = if date.len() == 8 && digits(date) {
        (&date[..4], &date[4..6], &date[6..])
    } else {
        let mut parts = date.split('/');
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(y), Some(m), Some(d), None) if y.len() == 4 && digits(y) && digits(m) && digits(d) => (y, m, d),
            _ => return None,
        }
    };
    let (m, d): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let time_ok = time.is_none_or(|t| {
        let mut fields = t.split(':');
        let hh = fields.next().is_some_and(|h| digits(h) && h.len() <= 2);
        let mm = fields.next().is_some_and(|m| digits(m) && m.len() == 2);
        let ss = fields.next().is_none_or(|s| {
            let (whole, frac) = s.split_once('.').unwrap_or((s, "0"));
            digits(whole) && whole.len() == 2 && digits(frac)
        });
        hh && mm && ss && fields.next().is_none()
    });
    if !time_ok {
        return None;
    }
    let iso = match time {
        Some(t) => format!("{y}-{m:02}-{d:02} {t}"),
        None => format!("{y}-{m:02}-{d:02}"),
    };
    Some(string(&iso))
}

/// A date argument as SQL Server reads it: a string is a datetime, and an integer n is the
/// datetime n days after 1900-01-01 (`DATEDIFF(month, 0, d)`, `DATEADD(day, 1, 0)`).
/// <https://learn.microsoft.com/sql/t-sql/data-types/datetime-transact-sql#converting-other-date-and-time-types-to-the-datetime-data-type>
fn as_datetime(ctx: &mut Ctx, e: Expr, ty: Ty) -> Result<Expr, String> {
    let datetime = ctx.type_text("datetime");
    match ty {
        Ty::Str => Ok(cast(iso_date_literal(&e).unwrap_or(e), &datetime)),
        Ty::Int => match super::int_literal(&e) {
            Some(n) => {
                let day = day_after_1900(n).ok_or_else(|| format!("the integer {n} as a datetime is out of range"))?;
                Ok(cast(string(&day), &datetime))
            }
            None => dateadd(
                ctx,
                Call {
                    name: "DATEADD".into(),
                    args: vec![ident("day"), e, string("1900-01-01")],
                    types: vec![Ty::Unknown, Ty::Int, Ty::Str],
                    original: super::function("dateadd", Vec::new()),
                },
            ),
        },
        Ty::Decimal | Ty::Float => Err("a number used as a datetime (days and fractions since 1900-01-01)".into()),
        _ => Ok(e),
    }
}

/// `yyyy-mm-dd` of the day `days` after 1900-01-01, within datetime's range (1753 to 9999).
/// Civil-from-days after Howard Hinnant's algorithm (<https://howardhinnant.github.io/date_algorithms.html>).
fn day_after_1900(days: i64) -> Option<String> {
    // 1900-01-01 is 25,567 days before 1970-01-01; the algorithm counts from 0000-03-01.
    let z = days.checked_sub(25_567)?.checked_add(719_468)?;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (1753..=9999).contains(&y).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The unit DATEADD adds, with a factor: T-SQL quarters are 3 months, weeks 7 days, and
/// `dayofyear` and `weekday` add days. Units that DATEADD cannot add are refused.
fn add_unit(written: &str) -> Result<(&'static str, i64), String> {
    let row = dateparts::lookup(written).ok_or_else(|| format!("`{written}` is not a T-SQL date part"))?;
    Ok(match row.canonical {
        "year" => ("year", 1),
        "quarter" => ("month", 3),
        "month" => ("month", 1),
        "day" | "dayofyear" | "weekday" => ("day", 1),
        "week" => ("day", 7),
        "hour" => ("hour", 1),
        "minute" => ("minute", 1),
        "second" => ("second", 1),
        "millisecond" => ("millisecond", 1),
        "microsecond" => ("microsecond", 1),
        other => return Err(format!("DATEADD with `{other}` has no equivalent")),
    })
}

/// DATEADD(part, n, d): adds whole units (n is truncated toward zero); month arithmetic clamps to
/// the last day of the month, as every target's month arithmetic does. On a `date` the result
/// stays a `date` in SQL Server, so it is cast back where the target widens it.
/// <https://learn.microsoft.com/sql/t-sql/functions/dateadd-transact-sql>
pub fn dateadd(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 3..=3)?;
    let (unit, factor) = add_unit(&written_part(&call.args[0])?)?;
    let n = match call.types[1] {
        Ty::Int | Ty::Bit => call.args[1].clone(),
        _ => {
            let truncated = ctx.template(ctx.profile().truncate, &call.args[1..2])?;
            cast(truncated, &ctx.type_text("bigint"))
        }
    };
    let n = if factor == 1 {
        n
    } else {
        Expr::BinaryOp { left: Box::new(number(factor)), op: BinaryOperator::Multiply, right: Box::new(nested(n)) }
    };
    let date_ty = call.types[2];
    let base = as_datetime(ctx, call.args[2].clone(), date_ty)?;
    let plus = |right: Expr| Expr::BinaryOp {
        left: Box::new(nested(base.clone())),
        op: BinaryOperator::Plus,
        right: Box::new(right),
    };
    let sum = match ctx.profile().date_add {
        DateAdd::IntervalFunctions => plus(func(&format!("to_{unit}s"), vec![n])),
        DateAdd::IntervalMultiply => plus(Expr::BinaryOp {
            left: Box::new(nested(n)),
            op: BinaryOperator::Multiply,
            right: Box::new(interval(string(&format!("1 {unit}")), None)),
        }),
        DateAdd::UnitFunction(name) => func(name, vec![ident(unit), n, base.clone()]),
        DateAdd::TypedAdd => {
            let step = interval(nested(n), Some(unit));
            match date_ty {
                Ty::Date => func("date_add", vec![base.clone(), step]),
                other => {
                    if other == Ty::Unknown {
                        ctx.note_semantic("DATEADD on a value of unknown type is computed as a DATETIME");
                    }
                    func("datetime_add", vec![cast(base.clone(), &ctx.type_text("datetime")), step])
                }
            }
        }
        DateAdd::Keep => return Err("internal: DATEADD kept for a target that rewrites it".into()),
    };
    let keep_date = date_ty == Ty::Date && ctx.profile().date_arithmetic_widens_to_timestamp;
    Ok(if keep_date { cast(sum, &ctx.type_text("date")) } else { nested(sum) })
}

fn interval(value: Expr, unit: Option<&str>) -> Expr {
    Expr::Interval(Interval {
        value: Box::new(value),
        leading_field: unit.map(|u| DateTimeField::Custom(Ident::new(u.to_ascii_uppercase()))),
        leading_precision: None,
        last_field: None,
        fractional_seconds_precision: None,
    })
}

/// PostgreSQL: DATEDIFF as arithmetic on EXTRACT (calendar parts) or on date_trunc (clock parts);
/// `$1` is the start, `$2` the end. Truncating both ends to the unit first counts boundaries.
const PG_DIFF: &[(&str, &str)] = &[
    ("year", "(extract(year FROM $2) - extract(year FROM $1))"),
    (
        "quarter",
        "((extract(year FROM $2) - extract(year FROM $1)) * 4 + extract(quarter FROM $2) - extract(quarter FROM $1))",
    ),
    (
        "month",
        "((extract(year FROM $2) - extract(year FROM $1)) * 12 + extract(month FROM $2) - extract(month FROM $1))",
    ),
    ("day", "(CAST($2 AS DATE) - CAST($1 AS DATE))"),
    ("hour", "floor(extract(epoch FROM date_trunc('hour', $2) - date_trunc('hour', $1)) / 3600)"),
    ("minute", "floor(extract(epoch FROM date_trunc('minute', $2) - date_trunc('minute', $1)) / 60)"),
    ("second", "floor(extract(epoch FROM date_trunc('second', $2) - date_trunc('second', $1)))"),
    (
        "millisecond",
        "floor(extract(epoch FROM date_trunc('milliseconds', $2) - date_trunc('milliseconds', $1)) * 1000)",
    ),
    (
        "microsecond",
        "floor(extract(epoch FROM date_trunc('microseconds', $2) - date_trunc('microseconds', $1)) * 1000000)",
    ),
];

/// Every template of this file (checked by the table guard test).
pub fn templates() -> Vec<&'static str> {
    PG_DIFF.iter().map(|(_, t)| *t).collect()
}

/// DATEDIFF(part, a, b): the number of part boundaries crossed between a and b (not elapsed
/// whole units). `DATEDIFF(year, '2024-12-31', '2025-01-01')` is 1.
/// <https://learn.microsoft.com/sql/t-sql/functions/datediff-transact-sql>
pub fn datediff(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 3..=3)?;
    let (canonical, _) = part(ctx, &call.args[0])?;
    let unit = match canonical {
        "dayofyear" => "day",
        "year" | "quarter" | "month" | "day" | "hour" | "minute" | "second" | "millisecond" | "microsecond" => {
            canonical
        }
        other => return Err(format!("DATEDIFF with `{other}` has no equivalent")),
    };
    let a = as_datetime(ctx, call.args[1].clone(), call.types[1])?;
    let b = as_datetime(ctx, call.args[2].clone(), call.types[2])?;
    let upper = unit.to_ascii_uppercase();
    Ok(match ctx.profile().date_diff {
        DateDiff::PartString(name) => func(name, vec![string(unit), a, b]),
        DateDiff::UnitFunction(name) => func(name, vec![ident(unit), a, b]),
        DateDiff::TypedDiff => {
            let dt = ctx.type_text("datetime");
            func("datetime_diff", vec![cast(b, &dt), cast(a, &dt), ident(&upper)])
        }
        DateDiff::TruncatedUnitFunction(name) => func(
            name,
            vec![
                ident(&upper),
                func("date_trunc", vec![string(&upper), a]),
                func("date_trunc", vec![string(&upper), b]),
            ],
        ),
        DateDiff::Arithmetic => {
            let template = PG_DIFF.iter().find(|(u, _)| *u == unit).map(|(_, t)| *t).ok_or("no template")?;
            let diff = ctx.template(template, &[a, b])?;
            let int = if call.name == "DATEDIFF_BIG" { "bigint" } else { "int" };
            cast(diff, &ctx.type_text(int))
        }
        DateDiff::Keep => return Err("internal: DATEDIFF kept for a target that rewrites it".into()),
    })
}

/// DATEPART(part, d) as an integer. T-SQL's millisecond and microsecond parts exclude the
/// seconds; some targets' include them, so the value is taken modulo 1000 (harmless where it is
/// already below 1000). Where the target's EXTRACT returns a decimal for the part, it is floored
/// and cast to int (SQL Server's DATEPART is int, so `DATEPART(day, d) / 2` divides integers).
/// <https://learn.microsoft.com/sql/t-sql/functions/datepart-transact-sql>
pub fn datepart(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 2..=2)?;
    let (canonical, name) = part(ctx, &call.args[0])?;
    let d = as_datetime(ctx, call.args[1].clone(), call.types[1])?;
    let profile = ctx.profile();
    let mut value = match profile.date_part {
        DatePartCall::Function(f) => func(f, vec![string(name), d]),
        DatePartCall::Extract => Expr::Extract {
            field: DateTimeField::Custom(Ident::new(name)),
            syntax: ExtractSyntax::From,
            expr: Box::new(d),
        },
        DatePartCall::Keep => return Err("internal: DATEPART kept for a target that rewrites it".into()),
    };
    let decimal = match profile.date_part_type {
        DatePartType::Integer => false,
        DatePartType::IntegerExceptSeconds => {
            matches!(canonical, "second" | "millisecond" | "microsecond" | "nanosecond")
        }
        DatePartType::Decimal => true,
    };
    if decimal {
        value = func("floor", vec![value]);
    }
    value = match canonical {
        "millisecond" => ctx.modulo(value, 1000),
        "microsecond" => ctx.modulo(value, 1_000_000),
        _ => value,
    };
    if decimal {
        value = cast(value, &ctx.type_text("int"));
    }
    Ok(value)
}

/// DATENAME(month|weekday, d) are English names under the default language; other parts are the
/// DATEPART number as text.
/// <https://learn.microsoft.com/sql/t-sql/functions/datename-transact-sql>
pub fn datename(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 2..=2)?;
    let canonical = dateparts::lookup(&written_part(&call.args[0])?).map(|r| r.canonical).unwrap_or_default();
    let d = as_datetime(ctx, call.args[1].clone(), call.types[1])?;
    let profile = ctx.profile();
    let name_template = match canonical {
        "month" => Some(profile.month_name),
        "weekday" => Some(profile.weekday_name),
        _ => None,
    };
    match name_template {
        Some(Some(t)) => ctx.template(t, &[d]),
        Some(None) => Err(format!("DATENAME({canonical}, ...) has no equivalent")),
        None => {
            let n = datepart(ctx, call)?;
            Ok(cast(n, profile.string_type))
        }
    }
}

/// YEAR(d), MONTH(d), DAY(d) are DATEPART(year|month|day, d); string arguments are read as
/// datetime. This form calls the target's own `year(d)` function.
/// <https://learn.microsoft.com/sql/t-sql/functions/year-transact-sql>
fn simple_part(ctx: &mut Ctx, call: Call, name: &str) -> Result<Expr, String> {
    arity(&call, 1..=1)?;
    Ok(func(name, vec![as_datetime(ctx, call.args[0].clone(), call.types[0])?]))
}

pub fn year(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    simple_part(ctx, call, "year")
}
pub fn month(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    simple_part(ctx, call, "month")
}
pub fn day(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    simple_part(ctx, call, "day")
}

/// YEAR / MONTH / DAY for targets without those functions: DATEPART(part, d).
fn as_datepart(ctx: &mut Ctx, call: Call, part: &str) -> Result<Expr, String> {
    arity(&call, 1..=1)?;
    let Call { name, mut args, mut types, original } = call;
    args.insert(0, ident(part));
    types.insert(0, Ty::Unknown);
    datepart(ctx, Call { name, args, types, original })
}

pub fn year_part(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    as_datepart(ctx, call, "year")
}
pub fn month_part(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    as_datepart(ctx, call, "month")
}
pub fn day_part(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    as_datepart(ctx, call, "day")
}

/// EOMONTH(d [, months]): the last day of the month (after adding `months`), as a date. The
/// argument is converted to a date first (a string or an integer as SQL Server reads them).
/// <https://learn.microsoft.com/sql/t-sql/functions/eomonth-transact-sql>
pub fn eomonth(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 1..=2)?;
    let date = ctx.type_text("date");
    let d = match call.types[0] {
        Ty::Date => call.args[0].clone(),
        ty => cast(as_datetime(ctx, call.args[0].clone(), ty)?, &date),
    };
    let base = match (call.args.get(1), call.types.get(1)) {
        (Some(n), Some(ty)) => {
            let add = Call {
                name: "DATEADD".into(),
                args: vec![ident("month"), n.clone(), d],
                types: vec![Ty::Unknown, *ty, Ty::Date],
                original: call.original.clone(),
            };
            // Every target's last-day-of-month reads a timestamp too, so DATEADD's cast back to
            // a date is not needed here.
            match dateadd(ctx, add)? {
                Expr::Cast { kind: CastKind::Cast, expr, data_type, format: None } if data_type.to_string() == date => {
                    *expr
                }
                other => other,
            }
        }
        _ => d,
    };
    // Every target's end-of-month template returns a DATE.
    let template = ctx.profile().end_of_month.ok_or("EOMONTH has no equivalent")?;
    ctx.template(template, &[base])
}

/// DATETRUNC(part, d) (SQL Server 2022): the start of the part; on a `date` the result is a date.
/// Weeks depend on SET DATEFIRST and are not converted.
/// <https://learn.microsoft.com/sql/t-sql/functions/datetrunc-transact-sql>
pub fn datetrunc(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 2..=2)?;
    let (canonical, _) = part(ctx, &call.args[0])?;
    let unit = match canonical {
        "dayofyear" => "day",
        "year" | "quarter" | "month" | "day" | "hour" | "minute" | "second" | "millisecond" | "microsecond" => {
            canonical
        }
        other => return Err(format!("DATETRUNC with `{other}` has no equivalent")),
    };
    let d = as_datetime(ctx, call.args[1].clone(), call.types[1])?;
    let truncated = func("date_trunc", vec![string(unit), d]);
    Ok(if call.types[1] == Ty::Date { cast(truncated, &ctx.type_text("date")) } else { truncated })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_are_days_after_1900() {
        assert_eq!(day_after_1900(0).as_deref(), Some("1900-01-01"));
        assert_eq!(day_after_1900(1).as_deref(), Some("1900-01-02"));
        // 1900 is not a leap year; 2000 is.
        assert_eq!(day_after_1900(59).as_deref(), Some("1900-03-01"));
        assert_eq!(day_after_1900(36_523).as_deref(), Some("1999-12-31"));
        assert_eq!(day_after_1900(36_583).as_deref(), Some("2000-02-29"));
        assert_eq!(day_after_1900(36_584).as_deref(), Some("2000-03-01"));
        assert_eq!(day_after_1900(-1).as_deref(), Some("1899-12-31"));
        // datetime starts in 1753.
        assert_eq!(day_after_1900(-53_690).as_deref(), Some("1753-01-01"));
        assert_eq!(day_after_1900(-53_691), None);
        assert_eq!(day_after_1900(i64::MIN), None);
    }

    fn lit(s: &str) -> Expr {
        string(s)
    }

    #[test]
    fn unambiguous_date_literals_become_iso() {
        let iso = |s: &str| iso_date_literal(&lit(s)).map(|e| e.to_string());
        assert_eq!(iso("20240131").as_deref(), Some("'2024-01-31'"));
        assert_eq!(iso("20240131 10:30").as_deref(), Some("'2024-01-31 10:30'"));
        assert_eq!(iso("20240131 10:30:05.123").as_deref(), Some("'2024-01-31 10:30:05.123'"));
        assert_eq!(iso("2024/1/5").as_deref(), Some("'2024-01-05'"));
        // Already ISO, language-dependent, or not a date: left alone.
        assert_eq!(iso("2024-01-31"), None);
        assert_eq!(iso("01/31/2024"), None);
        assert_eq!(iso("20241331"), None);
        assert_eq!(iso("2024013"), None);
        assert_eq!(iso("20240131 10"), None);
        assert_eq!(iso("abc"), None);
        assert_eq!(iso_date_literal(&number(20240131)), None);
    }
}
