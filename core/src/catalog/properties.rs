//! `sp_addextendedproperty` / `sp_updateextendedproperty`: `MS_Description` becomes dbt docs.

use super::model::{Catalog, ObjectKey};
use crate::parse::Exec;
use sqlparser::ast::{Expr, Value};

/// Parameter names of `sp_addextendedproperty`, in positional order.
const PARAMS: [&str; 8] =
    ["@name", "@value", "@level0type", "@level0name", "@level1type", "@level1name", "@level2type", "@level2name"];

/// Apply an `EXEC sp_addextendedproperty` (named or positional arguments) to the catalog.
pub fn apply_exec(catalog: &mut Catalog, exec: &Exec) {
    let Some(proc_name) = &exec.procedure else { return };
    let last = super::names::parts(proc_name).pop().unwrap_or_default().to_ascii_lowercase();
    if last != "sp_addextendedproperty" && last != "sp_updateextendedproperty" {
        return;
    }
    let mut args: [Option<String>; 8] = Default::default();
    for (i, arg) in exec.args.iter().enumerate() {
        let slot = match &arg.name {
            Some(n) => PARAMS.iter().position(|p| p.eq_ignore_ascii_case(&n.value)),
            None => Some(i).filter(|i| *i < PARAMS.len()),
        };
        if let (Some(slot), Some(v)) = (slot, arg.value.as_ref().and_then(string_value)) {
            args[slot] = Some(v);
        }
    }
    let [Some(name), Some(value), Some(l0type), Some(schema), l1type, l1name, l2type, l2name] = args else { return };
    if !name.eq_ignore_ascii_case("MS_Description") || !l0type.eq_ignore_ascii_case("SCHEMA") {
        return;
    }
    let Some(object) = l1name else { return };
    let key = ObjectKey::new(&schema, &object);
    let column = match (l2type, l2name) {
        (Some(t), Some(c)) if t.eq_ignore_ascii_case("COLUMN") => Some(c),
        _ => None,
    };
    let kind = l1type.unwrap_or_default().to_ascii_uppercase();
    match kind.as_str() {
        "TABLE" => {
            if let Some(t) = catalog.tables.get_mut(&key) {
                match column {
                    Some(c) => {
                        if let Some(col) = t.column_mut(&c) {
                            col.description = Some(value);
                        }
                    }
                    None => t.description = Some(value),
                }
            }
        }
        "VIEW" => {
            if let (Some(v), None) = (catalog.views.get_mut(&key), &column) {
                v.description = Some(value);
            }
        }
        "PROCEDURE" | "FUNCTION" => {
            if let (Some(r), None) = (catalog.routines.get_mut(&key), &column) {
                r.description = Some(value);
            }
        }
        _ => {}
    }
}

fn string_value(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s) | Value::NationalStringLiteral(s) => Some(s.clone()),
            Value::Number(n, _) => Some(n.clone()),
            _ => None,
        },
        Expr::Cast { expr, .. } | Expr::Nested(expr) => string_value(expr),
        _ => None,
    }
}
