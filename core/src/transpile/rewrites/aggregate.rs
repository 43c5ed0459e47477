//! Aggregates whose result type differs.

use super::{arity, cast, func, Call};
use crate::analyze::types::Ty;
use crate::transpile::passes::Ctx;
use sqlparser::ast::{Expr, Function};

/// AVG over integers returns an integer in SQL Server (the sum divided by the count, truncated
/// toward zero); DuckDB returns a double. Other types keep DuckDB's avg.
/// <https://learn.microsoft.com/sql/t-sql/functions/avg-transact-sql>
pub fn avg(_ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 1..=1)?;
    let mut f: Function = call.original.clone();
    f.name = sqlparser::ast::ObjectName::from(vec![sqlparser::ast::Ident::new("avg")]);
    if let sqlparser::ast::FunctionArguments::List(list) = &mut f.args {
        for (arg, new) in list.args.iter_mut().zip(call.args.iter()) {
            *arg = sqlparser::ast::FunctionArg::Unnamed(sqlparser::ast::FunctionArgExpr::Expr(new.clone()));
        }
    }
    let avg = Expr::Function(f);
    match call.types[0] {
        Ty::Int | Ty::Bit => Ok(cast(func("trunc", vec![avg]), "BIGINT")),
        _ => Ok(avg),
    }
}
