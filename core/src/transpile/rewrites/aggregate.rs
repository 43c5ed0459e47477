//! Aggregates whose result type or spelling differs.

use super::{arity, cast, Call};
use crate::analyze::types::Ty;
use crate::transpile::passes::Ctx;
use sqlparser::ast::{
    Expr, Function, FunctionArg, FunctionArgExpr, FunctionArgumentClause, FunctionArguments, Ident, ObjectName,
};

/// `call.original` (arguments and OVER already converted) with another name and arguments.
fn with_args(call: &Call, name: &str, args: Vec<Expr>) -> Function {
    let mut f: Function = call.original.clone();
    f.name = ObjectName::from(vec![Ident::new(name)]);
    if let FunctionArguments::List(list) = &mut f.args {
        list.args = args.into_iter().map(|a| FunctionArg::Unnamed(FunctionArgExpr::Expr(a))).collect();
    }
    f
}

/// AVG over integers returns an integer in SQL Server (the sum divided by the count, truncated
/// toward zero); the targets return a decimal or a double. Other types keep the target's avg.
/// <https://learn.microsoft.com/sql/t-sql/functions/avg-transact-sql>
pub fn avg(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 1..=1)?;
    let avg = Expr::Function(with_args(&call, "avg", call.args.clone()));
    match call.types[0] {
        Ty::Int | Ty::Bit => {
            let truncated = ctx.template(ctx.profile().truncate, &[avg])?;
            Ok(cast(truncated, &ctx.type_text("bigint")))
        }
        _ => Ok(avg),
    }
}

/// STRING_AGG's arguments as text (SQL Server converts them implicitly).
fn text_args(ctx: &mut Ctx, call: &Call) -> Result<Vec<Expr>, String> {
    arity(call, 2..=2)?;
    let value = super::strings::as_text(ctx, call.args[0].clone(), call.types[0], "STRING_AGG")?
        .unwrap_or_else(|| call.args[0].clone());
    Ok(vec![value, call.args[1].clone()])
}

/// STRING_AGG(x, sep) WITHIN GROUP (ORDER BY ...) → `string_agg(x, sep ORDER BY ...)`: the
/// order goes inside the call. NULL values are skipped in both.
/// <https://learn.microsoft.com/sql/t-sql/functions/string-agg-transact-sql>
pub fn string_agg(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    let args = text_args(ctx, &call)?;
    let mut f = with_args(&call, "string_agg", args);
    let order = std::mem::take(&mut f.within_group);
    if !order.is_empty() {
        if let FunctionArguments::List(list) = &mut f.args {
            list.clauses.push(FunctionArgumentClause::OrderBy(order));
        }
    }
    Ok(Expr::Function(f))
}

/// STRING_AGG(x, sep) WITHIN GROUP (ORDER BY ...) → `listagg(x, sep) WITHIN GROUP (...)`.
pub fn listagg(ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    let args = text_args(ctx, &call)?;
    Ok(Expr::Function(with_args(&call, "listagg", args)))
}
