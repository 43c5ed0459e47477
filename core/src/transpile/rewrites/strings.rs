//! String functions.

use super::{arity, cast, func, string, Call};
use crate::analyze::types::Ty;
use crate::transpile::passes::Ctx;
use sqlparser::ast::{BinaryOperator, Expr};

/// CHARINDEX(needle, haystack) is strpos(haystack, needle); both return 0 when not found. The
/// three-argument form (start position) is rewritten with a substring.
/// <https://learn.microsoft.com/sql/t-sql/functions/charindex-transact-sql>
pub fn charindex(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 2..=3)?;
    if call.args.len() == 2 {
        return Ok(func("strpos", vec![call.args[1].clone(), call.args[0].clone()]));
    }
    ctx.template(
        "CASE WHEN strpos(substring($2, greatest($3, 1)), $1) = 0 THEN 0 ELSE strpos(substring($2, greatest($3, 1)), $1) + greatest($3, 1) - 1 END",
        &call.args,
    )
}

/// CHARINDEX(needle, haystack, start) where the target's own charindex returns 0 for a start
/// below 1: SQL Server then searches from the beginning, so the start is raised to 1 (a NULL
/// start stays NULL).
pub fn charindex_start(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 2..=3)?;
    match call.args.get(2) {
        Some(start) if super::int_literal(start).is_none_or(|n| n < 1) => {
            let clamped = ctx.template("CASE WHEN $1 < 1 THEN 1 ELSE $1 END", std::slice::from_ref(start))?;
            Ok(func("charindex", vec![call.args[0].clone(), call.args[1].clone(), clamped]))
        }
        _ => Ok(func("charindex", call.args)),
    }
}

/// A CONCAT / CONCAT_WS / STRING_AGG argument as text, the way SQL Server converts it: strings
/// as they are, integers and dates (`yyyy-mm-dd`) as every target casts them, bits as `1`/`0`.
/// Date-times, times and floats use SQL Server's style 0 text (`Jan  1 2024 12:00AM`), which no
/// cast reproduces. `None` for a NULL literal.
pub fn as_text(ctx: &mut Ctx, e: Expr, ty: Ty, function: &str) -> Result<Option<Expr>, String> {
    let text_type = ctx.profile().string_type;
    Ok(match ty {
        Ty::Str => Some(e),
        Ty::Null => None,
        Ty::Int | Ty::Date => Some(cast(e, text_type)),
        Ty::Decimal => {
            ctx.note_semantic(&format!(
                "{function} of a decimal or money value: the text may differ in trailing zeros"
            ));
            Some(cast(e, text_type))
        }
        Ty::Bit => Some(ctx.template("CASE WHEN $1 THEN '1' WHEN NOT $1 THEN '0' END", &[e])?),
        Ty::Unknown | Ty::Guid => {
            ctx.note_semantic(&format!(
                "{function} of a value whose type is unknown (or a uniqueidentifier): numbers, dates and GUIDs convert to text differently"
            ));
            Some(cast(e, text_type))
        }
        Ty::DateTime | Ty::Time | Ty::Float | Ty::Binary => {
            return Err(format!(
                "{function} converts a {} to text in SQL Server's own format",
                match ty {
                    Ty::DateTime => "date and time",
                    Ty::Time => "time",
                    Ty::Float => "float",
                    _ => "binary value",
                }
            ))
        }
    })
}

/// CONCAT(a, b, ...) treats NULL as an empty string and converts every argument to text; some
/// targets' CONCAT returns NULL when an argument is NULL, so it becomes
/// `coalesce(a, '') || coalesce(b, '') ...` everywhere.
/// <https://learn.microsoft.com/sql/t-sql/functions/concat-transact-sql>
pub fn concat(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 2..=254)?;
    let mut parts = Vec::new();
    for (arg, ty) in call.args.into_iter().zip(call.types) {
        let literal = matches!(&arg, Expr::Value(_));
        if let Some(text) = as_text(ctx, arg, ty, "CONCAT")? {
            // A literal (not NULL: that gave no text) needs no coalesce.
            parts.push(if literal { text } else { func("coalesce", vec![text, string("")]) });
        }
    }
    let mut parts = parts.into_iter();
    let first = parts.next().unwrap_or_else(|| string(""));
    let joined = parts.fold(first, |acc, p| Expr::BinaryOp {
        left: Box::new(acc),
        op: BinaryOperator::StringConcat,
        right: Box::new(p),
    });
    Ok(Expr::Nested(Box::new(joined)))
}

/// CONCAT_WS(sep, a, b, ...) skips NULL arguments, as the targets whose row uses this rewrite
/// do; arguments are converted to text as CONCAT converts them.
/// <https://learn.microsoft.com/sql/t-sql/functions/concat-ws-transact-sql>
pub fn concat_ws(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 3..=254)?;
    let mut args = Vec::new();
    for (i, (arg, ty)) in call.args.into_iter().zip(call.types).enumerate() {
        if i == 0 {
            args.push(arg);
            continue;
        }
        if let Some(text) = as_text(ctx, arg, ty, "CONCAT_WS")? {
            args.push(text);
        }
    }
    Ok(func("concat_ws", args))
}
