//! Date and time functions. The shape of each call comes from the target profile
//! (`date_add`, `date_diff`, `date_part`, month and weekday names), the part names from the
//! date-part table.

use super::{arity, cast, func, ident, nested, number, string, Call};
use crate::analyze::types::Ty;
use crate::transpile::mappings::dateparts::{self, PartRule};
use crate::transpile::passes::Ctx;
use crate::transpile::target::{DateAdd, DateDiff, DatePartCall};
use sqlparser::ast::{BinaryOperator, DateTimeField, Expr, ExtractSyntax, Ident, Interval};

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

/// String literals are read as datetime by SQL Server's date functions.
fn as_datetime(ctx: &Ctx, e: Expr, ty: Ty) -> Expr {
    match ty {
        Ty::Str => cast(e, &ctx.type_text("datetime")),
        _ => e,
    }
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
    let base = as_datetime(ctx, call.args[2].clone(), date_ty);
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
    let a = as_datetime(ctx, call.args[1].clone(), call.types[1]);
    let b = as_datetime(ctx, call.args[2].clone(), call.types[2]);
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
/// already below 1000). Targets whose EXTRACT returns decimals are floored and cast.
/// <https://learn.microsoft.com/sql/t-sql/functions/datepart-transact-sql>
pub fn datepart(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 2..=2)?;
    let (canonical, name) = part(ctx, &call.args[0])?;
    let d = as_datetime(ctx, call.args[1].clone(), call.types[1]);
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
    if !profile.date_part_is_integer {
        value = func("floor", vec![value]);
    }
    value = match canonical {
        "millisecond" => ctx.modulo(value, 1000),
        "microsecond" => ctx.modulo(value, 1_000_000),
        _ => value,
    };
    if !profile.date_part_is_integer {
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
    let d = as_datetime(ctx, call.args[1].clone(), call.types[1]);
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
fn simple_part(ctx: &Ctx, call: Call, name: &str) -> Result<Expr, String> {
    arity(&call, 1..=1)?;
    Ok(func(name, vec![as_datetime(ctx, call.args[0].clone(), call.types[0])]))
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

/// EOMONTH(d [, months]): the last day of the month (after adding `months`), as a date.
/// <https://learn.microsoft.com/sql/t-sql/functions/eomonth-transact-sql>
pub fn eomonth(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 1..=2)?;
    let date = ctx.type_text("date");
    let d = cast(call.args[0].clone(), &date);
    let base = match (call.args.get(1), call.types.get(1)) {
        (Some(n), Some(ty)) => {
            let add = Call {
                name: "DATEADD".into(),
                args: vec![ident("month"), n.clone(), d],
                types: vec![Ty::Unknown, *ty, Ty::Date],
                original: call.original.clone(),
            };
            dateadd(ctx, add)?
        }
        _ => d,
    };
    let template = ctx.profile().end_of_month.ok_or("EOMONTH has no equivalent")?;
    Ok(cast(ctx.template(template, &[base])?, &date))
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
    let d = as_datetime(ctx, call.args[1].clone(), call.types[1]);
    let truncated = func("date_trunc", vec![string(unit), d]);
    Ok(if call.types[1] == Ty::Date { cast(truncated, &ctx.type_text("date")) } else { truncated })
}
