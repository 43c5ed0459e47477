//! Date and time functions.

use super::{arity, cast, func, nested, string, Call};
use crate::analyze::types::Ty;
use crate::transpile::mappings::dateparts::{self, PartRule};
use crate::transpile::passes::Ctx;
use sqlparser::ast::{BinaryOperator, Expr};

/// The target name of a date-part argument (`day`, `dd`, `month`, ...).
fn part(ctx: &Ctx, e: &Expr) -> Result<(&'static str, &'static str), String> {
    let written = match e {
        Expr::Identifier(id) => id.value.clone(),
        Expr::Value(v) => v.to_string().trim_matches('\'').to_string(),
        other => return Err(format!("`{other}` is not a date part")),
    };
    let row = dateparts::lookup(&written).ok_or_else(|| format!("`{written}` is not a T-SQL date part"))?;
    match row.rules[ctx.target.index()] {
        PartRule::Named(n) => Ok((row.canonical, n)),
        PartRule::Unsupported(why) => Err(format!("date part `{written}`: {why}")),
    }
}

/// String literals are read as datetime by SQL Server's date functions.
fn as_datetime(e: Expr, ty: Ty) -> Expr {
    match ty {
        Ty::Str => cast(e, "TIMESTAMP"),
        _ => e,
    }
}

/// DATEADD(part, n, d): adds whole units (n is truncated to an integer); month arithmetic clamps
/// to the last day of the month, as DuckDB's interval arithmetic does. On a `date` the result
/// stays a `date` in SQL Server, so it is cast back.
/// <https://learn.microsoft.com/sql/t-sql/functions/dateadd-transact-sql>
pub fn dateadd(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 3..=3)?;
    let (canonical, _) = part(ctx, &call.args[0])?;
    let n = cast(call.args[1].clone(), "BIGINT");
    let (unit, factor) = match canonical {
        "year" => ("to_years", 1),
        "quarter" => ("to_months", 3),
        "month" => ("to_months", 1),
        "day" | "dayofyear" | "weekday" => ("to_days", 1),
        "week" => ("to_days", 7),
        "hour" => ("to_hours", 1),
        "minute" => ("to_minutes", 1),
        "second" => ("to_seconds", 1),
        "millisecond" => ("to_milliseconds", 1),
        "microsecond" => ("to_microseconds", 1),
        other => return Err(format!("DATEADD with `{other}` has no equivalent")),
    };
    let n = if factor == 1 {
        n
    } else {
        Expr::BinaryOp { left: Box::new(super::number(factor)), op: BinaryOperator::Multiply, right: Box::new(n) }
    };
    let date_ty = call.types[2];
    let base = as_datetime(call.args[2].clone(), date_ty);
    let sum =
        Expr::BinaryOp { left: Box::new(nested(base)), op: BinaryOperator::Plus, right: Box::new(func(unit, vec![n])) };
    let keep_date = date_ty == Ty::Date && ctx.target.profile().date_arithmetic_widens_to_timestamp;
    Ok(if keep_date { cast(sum, "DATE") } else { nested(sum) })
}

/// DATEDIFF(part, a, b): the number of part boundaries crossed between a and b (not elapsed
/// whole units), which DuckDB's date_diff also counts.
/// <https://learn.microsoft.com/sql/t-sql/functions/datediff-transact-sql>
pub fn datediff(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 3..=3)?;
    let (_, name) = part(ctx, &call.args[0])?;
    let a = as_datetime(call.args[1].clone(), call.types[1]);
    let b = as_datetime(call.args[2].clone(), call.types[2]);
    Ok(func("date_diff", vec![string(name), a, b]))
}

/// DATEPART(part, d) as an integer. DuckDB's millisecond and microsecond parts include the
/// seconds, T-SQL's do not.
pub fn datepart(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 2..=2)?;
    let (canonical, name) = part(ctx, &call.args[0])?;
    let d = as_datetime(call.args[1].clone(), call.types[1]);
    let value = func("date_part", vec![string(name), d]);
    Ok(match canonical {
        "millisecond" => modulo(value, 1000),
        "microsecond" => modulo(value, 1_000_000),
        _ => value,
    })
}

fn modulo(e: Expr, m: i64) -> Expr {
    Expr::Nested(Box::new(Expr::BinaryOp {
        left: Box::new(e),
        op: BinaryOperator::Modulo,
        right: Box::new(super::number(m)),
    }))
}

/// DATENAME(month|weekday, d) are English names under the default language; other parts are the
/// DATEPART number as text.
pub fn datename(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 2..=2)?;
    let written = match &call.args[0] {
        Expr::Identifier(id) => id.value.to_ascii_lowercase(),
        _ => String::new(),
    };
    let d = as_datetime(call.args[1].clone(), call.types[1]);
    match written.as_str() {
        "month" | "mm" | "m" => Ok(func("monthname", vec![d])),
        "weekday" | "dw" | "w" => Ok(func("dayname", vec![d])),
        _ => {
            let n = datepart(ctx, call)?;
            Ok(cast(n, "VARCHAR"))
        }
    }
}

/// YEAR(d), MONTH(d), DAY(d) are DATEPART(year|month|day, d); string arguments are read as
/// datetime. <https://learn.microsoft.com/sql/t-sql/functions/year-transact-sql>
fn simple_part(call: Call, name: &str) -> Result<Expr, String> {
    arity(&call, 1..=1)?;
    Ok(func(name, vec![as_datetime(call.args[0].clone(), call.types[0])]))
}

pub fn year(_ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    simple_part(call, "year")
}
pub fn month(_ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    simple_part(call, "month")
}
pub fn day(_ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    simple_part(call, "day")
}

/// EOMONTH(d [, months]): the last day of the month, as a date.
pub fn eomonth(_ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 1..=2)?;
    let d = cast(call.args[0].clone(), "DATE");
    let base = match call.args.get(1) {
        Some(n) => Expr::BinaryOp {
            left: Box::new(d),
            op: BinaryOperator::Plus,
            right: Box::new(func("to_months", vec![cast(n.clone(), "BIGINT")])),
        },
        None => d,
    };
    Ok(cast(func("last_day", vec![base]), "DATE"))
}
