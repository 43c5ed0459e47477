//! Logical functions.

use super::{arity, Call};
use crate::transpile::passes::Ctx;
use sqlparser::ast::helpers::attached_token::AttachedToken;
use sqlparser::ast::{CaseWhen, Expr};

fn case(operand: Option<Expr>, conditions: Vec<CaseWhen>, else_result: Option<Expr>) -> Expr {
    Expr::Case {
        case_token: AttachedToken::empty(),
        end_token: AttachedToken::empty(),
        operand: operand.map(Box::new),
        conditions,
        else_result: else_result.map(Box::new),
    }
}

/// IIF(c, a, b) is shorthand for CASE WHEN c THEN a ELSE b END.
/// <https://learn.microsoft.com/sql/t-sql/functions/logical-functions-iif-transact-sql>
pub fn iif(_ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 3..=3)?;
    let mut a = call.args.into_iter();
    let (c, t, e) = (a.next(), a.next(), a.next());
    match (c, t, e) {
        (Some(condition), Some(result), e) => Ok(case(None, vec![CaseWhen { condition, result }], e)),
        _ => Err("IIF takes three arguments".into()),
    }
}

/// CHOOSE(i, a, b, ...) returns the i-th value (1-based), NULL when out of range.
/// <https://learn.microsoft.com/sql/t-sql/functions/logical-functions-choose-transact-sql>
pub fn choose(_ctx: &mut Ctx, call: Call) -> Result<Expr, String> {
    arity(&call, 2..=usize::MAX)?;
    let mut a = call.args.into_iter();
    let index = a.next().ok_or("CHOOSE needs an index")?;
    let conditions =
        a.enumerate().map(|(i, result)| CaseWhen { condition: super::number(i as i64 + 1), result }).collect();
    Ok(case(Some(index), conditions, None))
}
