//! Printing converted ASTs as target SQL: identifiers re-quoted for the target (T-SQL brackets
//! become the target's quotes only where needed), string literals escaped the target's way, then
//! sqlparser's `Display`.
//!
//! Identifiers and literals are normalised by a `VisitorMut` over a copy of the node, which
//! reaches every `Ident` and `Value` in any node kind without listing them (ADR 0004).
//! TODO(#5): an own printer per target replaces `Display`.

use super::target::{CaseFolding, Escape, Target, TargetProfile};
use sqlparser::ast::{DataType, Expr, Ident, ObjectName, ObjectNamePart, Value, ValueWithSpan, VisitMut, VisitorMut};
use std::collections::HashSet;
use std::ops::ControlFlow;

/// SQL text of a converted node, safe to place in a dbt model: the Jinja we generated (`ref()`,
/// macro calls, macro arguments) stays live, and any Jinja delimiter that comes from the user's
/// text (a string literal `'{{x}}'`, a quoted identifier) is escaped so dbt prints it literally.
pub fn to_sql<T: VisitMut + Clone + std::fmt::Display>(node: &T, target: Target) -> String {
    into_sql(node.clone(), target)
}

/// [`to_sql`] of a node the caller no longer needs (no copy is made).
pub fn into_sql<T: VisitMut + std::fmt::Display>(mut copy: T, target: Target) -> String {
    let mut n = Normaliser { profile: target.profile(), jinja: Vec::new(), raw: HashSet::new() };
    let _ = copy.visit(&mut n);
    let mut out = escape_jinja(&copy.to_string());
    for (i, j) in n.jinja.iter().enumerate() {
        out = out.replacen(&placeholder(i), j, 1);
    }
    out
}

fn placeholder(i: usize) -> String {
    format!("__datamigrate_jinja_{i}__")
}

/// Escape Jinja delimiters in text: `{{` becomes `{{ "{{" }}`, and so on for `}}`, `{%`, `%}`,
/// `{#`, `#}`.
pub fn escape_jinja(text: &str) -> String {
    const DELIMITERS: [&str; 6] = ["{{", "}}", "{%", "%}", "{#", "#}"];
    // Every delimiter holds a brace; most SQL has none.
    if !text.bytes().any(|b| matches!(b, b'{' | b'}')) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        match DELIMITERS.iter().find(|d| rest.starts_with(*d)) {
            Some(d) => {
                out.push_str(&format!("{{{{ \"{d}\" }}}}"));
                rest = &rest[2..];
            }
            None => {
                let c = rest.chars().next().unwrap_or_default();
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// SQL text of a converted expression.
pub fn expr_to_sql(e: &Expr, target: Target) -> String {
    to_sql(e, target)
}

/// The normalising walk. Function names and type names (`DataType::Custom`, our mapped types)
/// stay as written: an expression marks their identifiers in `raw` before its children are
/// visited. Generated Jinja (identifiers holding `{{ ... }}`) is moved to `jinja` and replaced by
/// a placeholder. String literals become a `Placeholder` value holding the literal as the target
/// writes it (sqlparser's `Display` knows only one way to escape them).
struct Normaliser<'a> {
    profile: &'a TargetProfile,
    jinja: Vec<String>,
    /// Addresses of identifiers to keep raw; the tree does not move while it is visited.
    raw: HashSet<usize>,
}

impl Normaliser<'_> {
    fn mark_name(&mut self, name: &ObjectName) {
        for part in &name.0 {
            if let ObjectNamePart::Identifier(id) = part {
                self.raw.insert(id as *const Ident as usize);
            }
        }
    }

    fn mark_type(&mut self, t: &DataType) {
        match t {
            DataType::Custom(name, _) => self.mark_name(name),
            DataType::Array(sqlparser::ast::ArrayElemTypeDef::AngleBracket(inner))
            | DataType::Array(sqlparser::ast::ArrayElemTypeDef::SquareBracket(inner, _))
            | DataType::Array(sqlparser::ast::ArrayElemTypeDef::Parenthesis(inner)) => self.mark_type(inner),
            _ => {}
        }
    }
}

impl VisitorMut for Normaliser<'_> {
    type Break = ();

    fn pre_visit_expr(&mut self, e: &mut Expr) -> ControlFlow<()> {
        match e {
            Expr::Function(f) => self.mark_name(&f.name),
            Expr::Cast { data_type, .. } | Expr::TypedString(sqlparser::ast::TypedString { data_type, .. }) => {
                self.mark_type(data_type)
            }
            Expr::Convert { data_type: Some(data_type), .. } => self.mark_type(data_type),
            _ => {}
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_ident(&mut self, id: &mut Ident) -> ControlFlow<()> {
        if id.value.starts_with("{{") {
            let value = std::mem::replace(&mut id.value, placeholder(self.jinja.len()));
            self.jinja.push(value);
            id.quote_style = None;
            return ControlFlow::Continue(());
        }
        let raw = self.raw.contains(&(id as *const Ident as usize))
            || id.value.starts_with("__datamigrate_jinja_")
            || id.value.starts_with('@');
        if !raw && !is_plain(&id.value, self.profile) {
            id.value = quoted(&id.value, self.profile);
        }
        id.quote_style = None;
        ControlFlow::Continue(())
    }

    fn pre_visit_value(&mut self, v: &mut ValueWithSpan) -> ControlFlow<()> {
        let literal = match &v.value {
            Value::SingleQuotedString(text) => quote_string(text, self.profile),
            Value::NationalStringLiteral(text) if self.profile.national_strings => {
                format!("N{}", quote_string(text, self.profile))
            }
            Value::NationalStringLiteral(text) => quote_string(text, self.profile),
            _ => return ControlFlow::Continue(()),
        };
        v.value = Value::Placeholder(literal);
        ControlFlow::Continue(())
    }
}

/// A string literal in the target's escaping.
pub fn quote_string(s: &str, profile: &TargetProfile) -> String {
    match profile.string_escape {
        Escape::Doubled => format!("'{}'", s.replace('\'', "''")),
        Escape::Backslash => format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'")),
        Escape::DoubledAndBackslash => format!("'{}'", s.replace('\\', "\\\\").replace('\'', "''")),
    }
}

/// An identifier the target accepts unquoted. T-SQL's regular identifiers may also start with
/// `#` (temporary tables, which quoting would turn into permanent names) and contain `#`, `$`
/// and `@`.
pub fn is_plain(s: &str, profile: &TargetProfile) -> bool {
    let tsql = profile.is_tsql_family();
    let mut chars = s.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || (tsql && c == '#'));
    first_ok
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || (tsql && matches!(c, '#' | '$' | '@')))
        // The reserved words are lower case and sorted; `s` is ASCII here, compared lower-cased
        // without building a lower-case copy.
        && profile
            .reserved_words
            .binary_search_by(|w| w.bytes().cmp(s.bytes().map(|b| b.to_ascii_lowercase())))
            .is_err()
}

/// The identifier in the target's quotes. On targets that fold unquoted names, a quoted name
/// is folded the same way: SQL Server names are case-insensitive, so `[Order Date]` and
/// `[order date]` must stay the same column.
fn quoted(s: &str, profile: &TargetProfile) -> String {
    let folded = match profile.case_folding {
        CaseFolding::Insensitive => s.to_string(),
        CaseFolding::Lower => s.to_lowercase(),
        CaseFolding::Upper => s.to_uppercase(),
    };
    let (open, close) = profile.identifier_quotes;
    let escaped = match profile.identifier_escape {
        Escape::Doubled | Escape::DoubledAndBackslash => folded.replace(close, &format!("{close}{close}")),
        Escape::Backslash => folded.replace('\\', "\\\\").replace(close, &format!("\\{close}")),
    };
    format!("{open}{escaped}{close}")
}

/// Quote an identifier for the target if it needs it (names we write: aliases, columns).
pub fn quote_ident(s: &str, target: Target) -> String {
    let profile = target.profile();
    if is_plain(s, profile) {
        s.to_string()
    } else {
        quoted(s, profile)
    }
}

/// An identifier exactly as named (case kept): how a column created by a loader that quotes
/// names (dbt seeds) is referred to.
pub fn quote_exact(s: &str, target: Target) -> String {
    let profile = target.profile();
    let folds = match profile.case_folding {
        CaseFolding::Insensitive => false,
        CaseFolding::Lower => s != s.to_lowercase(),
        CaseFolding::Upper => s != s.to_uppercase(),
    };
    if !folds && is_plain(s, profile) {
        return s.to_string();
    }
    let (open, close) = profile.identifier_quotes;
    let escaped = match profile.identifier_escape {
        Escape::Doubled | Escape::DoubledAndBackslash => s.replace(close, &format!("{close}{close}")),
        Escape::Backslash => s.replace('\\', "\\\\").replace(close, &format!("\\{close}")),
    };
    format!("{open}{escaped}{close}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_words_are_sorted() {
        for t in Target::ALL {
            let words = t.profile().reserved_words;
            assert!(words.windows(2).all(|w| w[0] < w[1]), "{}", t.name());
            assert!(words.iter().all(|w| *w == w.to_ascii_lowercase()), "{}", t.name());
            for w in words {
                assert!(!is_plain(w, t.profile()) && !is_plain(&w.to_ascii_uppercase(), t.profile()), "{w}");
            }
        }
    }

    #[test]
    fn jinja_delimiters_from_user_text_are_escaped() {
        assert_eq!(escape_jinja("'{{x}}'"), "'{{ \"{{\" }}x{{ \"}}\" }}'");
        assert_eq!(escape_jinja("a {% b #} c"), "a {{ \"{%\" }} b {{ \"#}\" }} c");
        assert_eq!(escape_jinja("plain"), "plain");
        assert_eq!(escape_jinja("x %} y {#"), "x {{ \"%}\" }} y {{ \"{#\" }}");
        assert_eq!(escape_jinja("a { b } c # d % e"), "a { b } c # d % e");
    }

    #[test]
    fn quoting() {
        let d = Target::DuckDb;
        assert_eq!(quote_ident("CustomerID", d), "CustomerID");
        assert_eq!(quote_ident("Order Date", d), "\"Order Date\"");
        assert_eq!(quote_ident("order", d), "\"order\"");
        assert_eq!(quote_ident("a\"b", d), "\"a\"\"b\"");
    }

    #[test]
    fn quoting_per_target() {
        let cases = [
            (Target::Postgres, "\"order date\"", "\"user\""),
            (Target::Snowflake, "\"ORDER DATE\"", "User"),
            (Target::BigQuery, "`Order Date`", "User"),
            (Target::Databricks, "`Order Date`", "`User`"),
            (Target::Redshift, "\"order date\"", "\"user\""),
            (Target::Fabric, "[Order Date]", "[User]"),
            (Target::TSql, "[Order Date]", "[User]"),
        ];
        for (t, spaced, reserved) in cases {
            assert_eq!(quote_ident("Order Date", t), spaced, "{}", t.name());
            assert_eq!(quote_ident("User", t), reserved, "{}", t.name());
        }
        assert_eq!(quote_ident("a]b c", Target::TSql), "[a]]b c]");
        assert_eq!(quote_ident("a`b c", Target::BigQuery), "`a\\`b c`");
        assert_eq!(quote_ident("a`b c", Target::Databricks), "`a``b c`");
        assert_eq!(quote_exact("CustomerID", Target::Postgres), "\"CustomerID\"");
        assert_eq!(quote_exact("customerid", Target::Postgres), "customerid");
        assert_eq!(quote_exact("CustomerID", Target::DuckDb), "CustomerID");
    }

    #[test]
    fn string_literals_per_target() {
        assert_eq!(quote_string("it's C:\\x", Target::DuckDb.profile()), "'it''s C:\\x'");
        assert_eq!(quote_string("it's C:\\x", Target::BigQuery.profile()), "'it\\'s C:\\\\x'");
        assert_eq!(quote_string("it's C:\\x", Target::Redshift.profile()), "'it''s C:\\\\x'");
    }
}
