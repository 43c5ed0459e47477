//! String functions.

use super::{arity, func, Call};
use crate::transpile::passes::Ctx;
use sqlparser::ast::Expr;

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
