//! SQL Server name resolution: default schema `dbo`, brackets, case-insensitive, 3- and 4-part names.

use super::model::{ObjectKey, QualifiedName};
use sqlparser::ast::ObjectName;

/// Schema used when a name has none.
pub const DEFAULT_SCHEMA: &str = "dbo";

/// What a multi-part name refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// An object of this database.
    Local(QualifiedName),
    /// `otherdb.schema.name` or `server.db.schema.name`.
    External(String),
}

/// The identifier values of a name's parts (brackets removed).
pub fn parts(name: &ObjectName) -> Vec<String> {
    name.0
        .iter()
        .map(|p| match p.as_ident() {
            Some(id) => id.value.clone(),
            None => p.to_string(),
        })
        .collect()
}

/// Resolve `name` as SQL Server does for the current database `database`.
pub fn resolve(name: &ObjectName, database: Option<&str>) -> Resolved {
    let parts = parts(name);
    let schema_or_default = |s: &str| if s.is_empty() { DEFAULT_SCHEMA.to_string() } else { s.to_string() };
    match parts.as_slice() {
        [n] => Resolved::Local(QualifiedName { schema: DEFAULT_SCHEMA.into(), name: n.clone() }),
        [s, n] => Resolved::Local(QualifiedName { schema: schema_or_default(s), name: n.clone() }),
        [db, s, n] => {
            let same_db = database.is_some_and(|d| d.eq_ignore_ascii_case(db)) || db.is_empty();
            if same_db {
                Resolved::Local(QualifiedName { schema: schema_or_default(s), name: n.clone() })
            } else {
                Resolved::External(parts.join("."))
            }
        }
        _ => Resolved::External(parts.join(".")),
    }
}

/// The key a name resolves to, if local.
pub fn key_of(name: &ObjectName, database: Option<&str>) -> Option<ObjectKey> {
    match resolve(name, database) {
        Resolved::Local(q) => Some(q.key()),
        Resolved::External(_) => None,
    }
}

/// `vw_CustomerOrderSummary` → `vw_customer_order_summary`; anything outside `[a-z0-9_]` becomes
/// `_`; never empty, never starts with a digit, at most 80 characters. The result is safe as a
/// file name (no separators, no dots, no `..`).
pub fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    let chars: Vec<char> = name.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() && i > 0 {
                let prev = chars[i - 1];
                let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
                if prev.is_ascii_lowercase() || prev.is_ascii_digit() || (prev.is_ascii_uppercase() && next_lower) {
                    push_sep(&mut out);
                }
            }
            out.push(c.to_ascii_lowercase());
        } else {
            push_sep(&mut out);
        }
    }
    let trimmed = out.trim_matches('_');
    let mut s: String = trimmed.chars().take(80).collect();
    s = s.trim_end_matches('_').to_string();
    if s.is_empty() {
        s = "unnamed".to_string();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert_str(0, "n_");
    }
    // Device names Windows refuses as file names, whatever the extension.
    let reserved = matches!(s.as_str(), "con" | "prn" | "aux" | "nul")
        || (s.len() == 4 && (s.starts_with("com") || s.starts_with("lpt")) && s.as_bytes()[3].is_ascii_digit());
    if reserved {
        s.push('_');
    }
    s
}

fn push_sep(out: &mut String) {
    if !out.is_empty() && !out.ends_with('_') {
        out.push('_');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::ast::Ident;

    fn name(parts: &[&str]) -> ObjectName {
        ObjectName::from(parts.iter().map(|p| Ident::with_quote('[', *p)).collect::<Vec<_>>())
    }

    #[test]
    fn default_schema_and_case() {
        assert_eq!(key_of(&name(&["Customers"]), None), Some(ObjectKey::new("dbo", "customers")));
        assert_eq!(key_of(&name(&["Sales", "ORDERS"]), None), Some(ObjectKey::new("sales", "orders")));
        assert_eq!(key_of(&name(&["RetailCo", "", "T"]), Some("retailco")), Some(ObjectKey::new("dbo", "t")));
        assert!(matches!(resolve(&name(&["Other", "dbo", "T"]), Some("RetailCo")), Resolved::External(_)));
        assert!(matches!(resolve(&name(&["srv", "db", "dbo", "T"]), None), Resolved::External(_)));
    }
}
