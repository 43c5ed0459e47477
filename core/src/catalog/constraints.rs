//! Reading meaning out of CHECK constraints.

use sqlparser::ast::{BinaryOperator, Expr, Value};

/// `col IN ('a', 'b')` or `col = 'a' OR col = 'b' ...` (how SSMS scripts an IN list) → the column
/// and its accepted values. Anything else → `None`.
pub fn accepted_values(expr: &Expr) -> Option<(String, Vec<String>)> {
    let expr = strip(expr);
    if let Expr::InList { expr: col, list, negated: false } = expr {
        let column = column_name(col)?;
        let values = list.iter().map(literal).collect::<Option<Vec<_>>>()?;
        return Some((column, values));
    }
    let mut pairs = Vec::new();
    collect_or_equalities(expr, &mut pairs)?;
    let column = pairs.first()?.0.clone();
    if pairs.iter().any(|(c, _)| !c.eq_ignore_ascii_case(&column)) {
        return None;
    }
    // SSMS writes the list in reverse order of the original IN; keep the written order.
    Some((column, pairs.into_iter().map(|(_, v)| v).collect()))
}

fn collect_or_equalities(expr: &Expr, out: &mut Vec<(String, String)>) -> Option<()> {
    match strip(expr) {
        Expr::BinaryOp { left, op: BinaryOperator::Or, right } => {
            collect_or_equalities(left, out)?;
            collect_or_equalities(right, out)
        }
        Expr::BinaryOp { left, op: BinaryOperator::Eq, right } => {
            let (col, lit) = match (column_name(left), column_name(right)) {
                (Some(c), None) => (c, literal(right)?),
                (None, Some(c)) => (c, literal(left)?),
                _ => return None,
            };
            out.push((col, lit));
            Some(())
        }
        _ => None,
    }
}

fn strip(expr: &Expr) -> &Expr {
    match expr {
        Expr::Nested(inner) => strip(inner),
        other => other,
    }
}

fn column_name(expr: &Expr) -> Option<String> {
    match strip(expr) {
        Expr::Identifier(id) => Some(id.value.clone()),
        Expr::CompoundIdentifier(ids) => ids.last().map(|i| i.value.clone()),
        _ => None,
    }
}

/// A string or number literal as text.
fn literal(expr: &Expr) -> Option<String> {
    match strip(expr) {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s) | Value::NationalStringLiteral(s) => Some(s.clone()),
            Value::Number(n, _) => Some(n.clone()),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::dialect::MsSqlDialect;
    use sqlparser::parser::Parser;

    fn expr(sql: &str) -> Expr {
        Parser::new(&MsSqlDialect {})
            .try_with_sql(sql)
            .and_then(|mut p| p.parse_expr())
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn in_list_and_or_chain() {
        assert_eq!(
            accepted_values(&expr("([Rating] IN ('A', 'B'))")),
            Some(("Rating".into(), vec!["A".into(), "B".into()]))
        );
        assert_eq!(
            accepted_values(&expr("(([Status]='Cancelled' OR [Status]='Shipped' OR [Status]=N'Pending'))")),
            Some(("Status".into(), vec!["Cancelled".into(), "Shipped".into(), "Pending".into()]))
        );
        assert_eq!(accepted_values(&expr("([a]='x' OR [b]='y')")), None);
        assert_eq!(accepted_values(&expr("([Quantity]>(0))")), None);
    }
}
