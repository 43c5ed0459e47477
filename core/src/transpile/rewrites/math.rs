//! Mathematical functions.

use super::{arity, cast, func, int_literal, Call};
use crate::analyze::types::Ty;
use crate::transpile::passes::Ctx;
use sqlparser::ast::Expr;

/// LOG(x) is the natural logarithm in SQL Server (some targets' log is base 10); LOG(x, b) uses
/// base b.
/// <https://learn.microsoft.com/sql/t-sql/functions/log-transact-sql>
pub fn log(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 1..=2)?;
    if call.args.len() == 1 {
        return Ok(func("ln", call.args));
    }
    ctx.template("(ln($1) / ln($2))", &call.args)
}

/// ROUND(x, n) rounds half away from zero in SQL Server and in every target's round. ROUND(x, n,
/// f) with f <> 0 truncates instead, written with the profile's `truncate_places`.
/// <https://learn.microsoft.com/sql/t-sql/functions/round-transact-sql>
pub fn round(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 2..=3)?;
    match call.args.get(2).map(int_literal) {
        None | Some(Some(0)) => Ok(func("round", call.args[..2].to_vec())),
        Some(Some(_)) => {
            let template = ctx.profile().truncate_places.ok_or("ROUND with truncation has no equivalent")?;
            ctx.template(template, &call.args[..2])
        }
        Some(None) => Err("ROUND with a non-constant function argument".into()),
    }
}

/// POWER(x, y) returns the type of x in SQL Server: on an integer it is computed in float and
/// truncated (`POWER(2, 0.5)` is 1, `POWER(10, -1)` is 0); the targets' power returns a double.
/// On a decimal SQL Server keeps the argument's scale, which is not reproduced (DM3007).
/// <https://learn.microsoft.com/sql/t-sql/functions/power-transact-sql>
pub fn power(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 2..=2)?;
    let raised = func("power", call.args.clone());
    match call.types[0] {
        Ty::Int | Ty::Bit => {
            let truncated = ctx.template(ctx.profile().truncate, &[raised])?;
            Ok(cast(truncated, &ctx.type_text("bigint")))
        }
        Ty::Float => Ok(raised),
        Ty::Decimal => {
            ctx.note_semantic("POWER of a decimal keeps the argument's scale in SQL Server; here it is a double");
            Ok(raised)
        }
        _ => {
            ctx.note_semantic(
                "POWER returns the type of its first argument in SQL Server (an integer is truncated); its type is unknown here",
            );
            Ok(raised)
        }
    }
}
