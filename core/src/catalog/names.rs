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
