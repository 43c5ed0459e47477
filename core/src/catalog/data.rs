//! Table data from `INSERT ... VALUES` scripts (as SSMS "Script data" writes them).

use super::model::{QualifiedName, Table, Value};
use crate::diagnostics::{Code, Diagnostic, Span};
use sqlparser::ast::{Expr, FunctionArg, FunctionArgExpr, FunctionArguments, UnaryOperator, Value as SqlValue};

/// An INSERT waiting for all DDL to be folded.
#[derive(Debug, Clone)]
pub(crate) struct PendingInsert {
    pub table: QualifiedName,
    /// `table.key()`, worked out where the INSERT was prepared.
    pub key: super::model::ObjectKey,
    /// Column names as written; empty means "all insertable columns in order".
    pub columns: Vec<String>,
    pub rows: Vec<PendingRow>,
    pub span: Span,
}

impl PendingInsert {
    pub(crate) fn new(table: QualifiedName, columns: Vec<String>, rows: Vec<PendingRow>, span: Span) -> Self {
        PendingInsert { key: table.key(), table, columns, rows, span }
    }
}

/// One row of an INSERT, read into values when the INSERT is met (so the rows do not keep the
/// parsed expressions alive until all DDL is folded).
#[derive(Debug, Clone)]
pub(crate) struct PendingRow {
    /// How many values the row has.
    len: usize,
    /// The values, or the text of the first value that is not a constant.
    values: Result<Vec<Value>, String>,
}

impl PendingRow {
    pub(crate) fn new(row: &[Expr]) -> Self {
        let values = row.iter().map(|e| to_value(e).ok_or_else(|| e.to_string())).collect();
        PendingRow { len: row.len(), values }
    }
}

/// Apply the INSERTs of one table, in script order. Rows with non-constant values or the wrong
/// arity are skipped with a diagnostic; identity values missing from the column list are
/// generated as SQL Server would (seed, then increment).
///
/// Per stored column the highest (for a negative increment the lowest) identity number seen so
/// far is kept, so the next identity value costs no scan of the rows before it; and what the last
/// INSERT's column list gave (data scripts repeat it thousands of times in a row; every DDL
/// statement is folded before the first INSERT is applied, so it stays true).
#[allow(clippy::vec_box)] // As `CatalogBuilder` holds them.
pub(crate) fn apply_inserts(table: &mut Table, inserts: Vec<Box<PendingInsert>>, diags: &mut Vec<Diagnostic>) {
    // One entry per stored column, whatever the column list.
    let mut last_identity: Vec<Option<i64>> = vec![None; table.stored_columns().count()];
    let mut prepared: Option<(Vec<String>, Result<Prepared, String>)> = None;
    for ins in inserts {
        if !matches!(&prepared, Some((c, _)) if *c == ins.columns) {
            prepared = Some((ins.columns.clone(), Prepared::new(table, &ins.columns)));
        }
        let Some((_, prepared)) = &prepared else { return };
        match prepared {
            Ok(p) => apply_rows(table, *ins, p, &mut last_identity, diags),
            Err(c) => diags.push(Diagnostic::new(
                Code::DM2003,
                format!(
                    "INSERT names column `{c}`, which `{}` does not have (or is computed); the rows were skipped.",
                    ins.table
                ),
                Some(ins.span),
            )),
        }
    }
}

/// The diagnostic for an INSERT into a table no script creates.
pub(crate) fn unknown_table(ins: &PendingInsert) -> Diagnostic {
    Diagnostic::new(
        Code::DM2002,
        format!("INSERT into `{}`, which no script creates; its rows were skipped.", ins.table),
        Some(ins.span),
    )
}

fn apply_rows(
    table: &mut Table,
    ins: PendingInsert,
    p: &Prepared,
    last: &mut [Option<i64>],
    diags: &mut Vec<Diagnostic>,
) {
    for row in ins.rows {
        if row.len != p.targets.len() {
            diags.push(Diagnostic::new(
                Code::DM2004,
                format!(
                    "An INSERT row into `{}` has {} values for {} columns; it was skipped.",
                    ins.table,
                    row.len,
                    p.targets.len()
                ),
                Some(ins.span),
            ));
            continue;
        }
        let row_values = match row.values {
            Ok(v) => v,
            Err(expr) => {
                diags.push(Diagnostic::new(
                    Code::DM2004,
                    format!(
                        "An INSERT row into `{}` has a value that is not a constant (`{expr}`); it was skipped.",
                        ins.table
                    ),
                    Some(ins.span),
                ));
                continue;
            }
        };
        let mut values = p.defaults.clone();
        let mut written = vec![false; p.identity.len()];
        for (v, &target) in row_values.into_iter().zip(&p.targets) {
            values[target] = v;
            written[target] = true;
        }
        for (i, identity) in p.identity.iter().enumerate() {
            let Some((seed, inc)) = *identity else { continue };
            if !written[i] {
                // SQL Server's next identity value: the seed for the first row, else the last
                // value plus the increment.
                let next = last[i].map_or(seed, |v: i64| v.saturating_add(inc));
                values[i] = Value::Number(next.to_string());
            }
            if let Value::Number(n) = &values[i] {
                if let Ok(v) = n.parse::<i64>() {
                    last[i] = Some(match last[i] {
                        Some(l) if inc >= 0 => l.max(v),
                        Some(l) => l.min(v),
                        None => v,
                    });
                }
            }
        }
        table.rows.push(&values);
    }
}

/// What an INSERT's rows need of their table for one column list.
#[derive(Debug)]
pub(crate) struct Prepared {
    /// Per stored column: its identity (seed, increment), if it has one.
    identity: Vec<Option<(i64, i64)>>,
    /// Which stored column each written value goes to.
    targets: Vec<usize>,
    /// Per stored column: the value a row gets when the INSERT does not name it.
    defaults: Vec<Value>,
}

impl Prepared {
    /// Or the first named column the table does not store.
    fn new(table: &Table, columns: &[String]) -> Result<Prepared, String> {
        let stored: Vec<(&str, Option<(i64, i64)>)> =
            table.stored_columns().map(|c| (c.name.as_str(), c.identity)).collect();
        let targets: Vec<usize> = if columns.is_empty() {
            // Without a column list SQL Server fills the non-identity columns in order.
            stored.iter().enumerate().filter(|(_, (_, id))| id.is_none()).map(|(i, _)| i).collect()
        } else {
            let mut t = Vec::with_capacity(columns.len());
            for c in columns {
                match stored.iter().position(|(n, _)| n.eq_ignore_ascii_case(c)) {
                    Some(i) => t.push(i),
                    None => return Err(c.clone()),
                }
            }
            t
        };
        let defaults =
            table.stored_columns().map(|c| c.default.as_deref().and_then(to_value).unwrap_or(Value::Null)).collect();
        Ok(Prepared { identity: stored.iter().map(|(_, id)| *id).collect(), targets, defaults })
    }
}

/// A constant expression as a value: literals, negative numbers, `CAST('...' AS type)`,
/// `CONVERT(type, '...')` without a style, `NULL`.
pub(crate) fn to_value(expr: &Expr) -> Option<Value> {
    match expr {
        Expr::Nested(e) => to_value(e),
        Expr::Value(v) => match &v.value {
            SqlValue::Null => Some(Value::Null),
            SqlValue::Number(n, _) => Some(Value::Number(n.clone())),
            SqlValue::SingleQuotedString(s) | SqlValue::NationalStringLiteral(s) => Some(Value::Text(s.clone())),
            SqlValue::HexStringLiteral(h) => Some(Value::Binary(h.clone())),
            SqlValue::Boolean(b) => Some(Value::Number(if *b { "1".into() } else { "0".into() })),
            _ => None,
        },
        Expr::UnaryOp { op: UnaryOperator::Minus, expr } => match to_value(expr)? {
            Value::Number(n) => Some(Value::Number(format!("-{n}"))),
            _ => None,
        },
        Expr::UnaryOp { op: UnaryOperator::Plus, expr } => to_value(expr),
        Expr::Cast { expr, .. } => to_value(expr).map(normalise_datetime),
        Expr::Function(f) if f.name.to_string().eq_ignore_ascii_case("CONVERT") => {
            let FunctionArguments::List(list) = &f.args else { return None };
            if list.args.len() != 2 {
                return None; // a style changes how the text is read
            }
            match &list.args[1] {
                FunctionArg::Unnamed(FunctionArgExpr::Expr(e)) => to_value(e).map(normalise_datetime),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `2026-01-15T10:00:00.000` (how SSMS scripts datetimes) → `2026-01-15 10:00:00.000`.
fn normalise_datetime(v: Value) -> Value {
    match v {
        Value::Text(s) => {
            let b = s.as_bytes();
            let iso = b.len() >= 19 && b[4] == b'-' && b[7] == b'-' && b[10] == b'T' && b[13] == b':';
            if iso {
                Value::Text(format!("{} {}", &s[..10], &s[11..]))
            } else {
                Value::Text(s)
            }
        }
        other => other,
    }
}
