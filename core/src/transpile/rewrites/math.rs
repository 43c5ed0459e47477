//! Mathematical functions.

use super::{arity, func, int_literal, Call};
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
