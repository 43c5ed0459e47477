//! `sp_addextendedproperty` / `sp_updateextendedproperty`: `MS_Description` becomes dbt docs.

use super::model::{Catalog, ObjectKey};
use crate::parse::Exec;
use sqlparser::ast::{Expr, Value};

/// Parameter names of `sp_addextendedproperty`, in positional order.
const PARAMS: [&str; 8] =
    ["@name", "@value", "@level0type", "@level0name", "@level1type", "@level1name", "@level2type", "@level2name"];

/// A description (`MS_Description`) read from an `EXEC sp_addextendedproperty`, for the object
/// `key` names: read on any thread, applied to the catalog in script order.
#[derive(Debug)]
pub(super) struct Property {
    pub(super) key: ObjectKey,
    on: On,
    value: String,
}

/// What a description is attached to.
#[derive(Debug)]
enum On {
    Table,
    Column(String),
    View,
    Routine,
}

/// The description an `EXEC sp_addextendedproperty` (named or positional arguments) sets, if it
/// sets one this catalog keeps.
pub(super) fn read(exec: &Exec) -> Option<Property> {
    let proc_name = exec.procedure.as_ref()?;
    let last = super::names::parts(proc_name).pop().unwrap_or_default().to_ascii_lowercase();
    if last != "sp_addextendedproperty" && last != "sp_updateextendedproperty" {
        return None;
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
    let [Some(name), Some(value), Some(l0type), Some(schema), l1type, l1name, l2type, l2name] = args else {
        return None;
    };
    if !name.eq_ignore_ascii_case("MS_Description") || !l0type.eq_ignore_ascii_case("SCHEMA") {
        return None;
    }
    let object = l1name?;
    let key = ObjectKey::new(&schema, &object);
    let column = match (l2type, l2name) {
        (Some(t), Some(c)) if t.eq_ignore_ascii_case("COLUMN") => Some(c),
        _ => None,
    };
    let kind = l1type.unwrap_or_default().to_ascii_uppercase();
    let on = match (kind.as_str(), column) {
        ("TABLE", Some(c)) => On::Column(c),
        ("TABLE", None) => On::Table,
        ("VIEW", None) => On::View,
        ("PROCEDURE" | "FUNCTION", None) => On::Routine,
        _ => return None,
    };
    Some(Property { key, on, value })
}

impl Property {
    /// Set the description on the object `key` (this property's, moved out when it was routed)
    /// as the catalog has it now (nothing if it has none).
    pub(super) fn apply(self, key: &ObjectKey, catalog: &mut Catalog) {
        let Property { on, value, .. } = self;
        match on {
            On::Table => {
                if let Some(t) = catalog.tables.get_mut(key) {
                    t.description = Some(value);
                }
            }
            On::Column(c) => {
                if let Some(col) = catalog.tables.get_mut(key).and_then(|t| t.column_mut(&c)) {
                    col.description = Some(value);
                }
            }
            On::View => {
                if let Some(v) = catalog.views.get_mut(key) {
                    v.description = Some(value);
                }
            }
            On::Routine => {
                if let Some(r) = catalog.routines.get_mut(key) {
                    r.description = Some(value);
                }
            }
        }
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
