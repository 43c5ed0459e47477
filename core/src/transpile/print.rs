//! Printing converted ASTs as target SQL: identifiers re-quoted for the target (T-SQL brackets
//! become double quotes only where needed), then sqlparser's `Display`.
//!
//! Identifiers are normalised through the AST's serde form, which reaches every `Ident` in any
//! node without listing them. TODO(#5): an own printer per target replaces `Display`.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value as Json;
use sqlparser::ast::Expr;

/// SQL text of a converted node, safe to place in a dbt model: the Jinja we generated (`ref()`,
/// macro calls, macro arguments) stays live, and any Jinja delimiter that comes from the user's
/// text (a string literal `'{{x}}'`, a quoted identifier) is escaped so dbt prints it literally.
pub fn to_sql<T: Serialize + DeserializeOwned + std::fmt::Display>(node: &T) -> String {
    let mut jinja = Vec::new();
    let text = match serde_json::to_value(node) {
        Ok(mut json) => {
            normalise(&mut json, false, &mut jinja);
            match serde_json::from_value::<T>(json) {
                Ok(n) => n.to_string(),
                Err(_) => return node.to_string(),
            }
        }
        Err(_) => return node.to_string(),
    };
    let mut out = escape_jinja(&text);
    for (i, j) in jinja.iter().enumerate() {
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
pub fn expr_to_sql(e: &Expr) -> String {
    to_sql(e)
}

/// Walk the serde tree; `in_function_name` keeps function and type names unquoted. Generated
/// Jinja (identifiers holding `{{ ... }}`) is moved to `jinja` and replaced by a placeholder.
fn normalise(v: &mut Json, in_function_name: bool, jinja: &mut Vec<String>) {
    match v {
        Json::Object(map) => {
            if is_ident(map) {
                let value = map.get("value").and_then(Json::as_str).unwrap_or_default().to_string();
                if value.starts_with("{{") {
                    map.insert("value".into(), Json::String(placeholder(jinja.len())));
                    jinja.push(value);
                }
                fix_ident(map, in_function_name);
                return;
            }
            let is_function = map.contains_key("args") && map.contains_key("name") && map.contains_key("over");
            for (k, child) in map.iter_mut() {
                // Function names and type names (`Custom` data types) stay as written.
                let flag = if is_function { k == "name" } else { in_function_name || k == "Custom" };
                normalise(child, flag, jinja);
            }
        }
        Json::Array(items) => items.iter_mut().for_each(|i| normalise(i, in_function_name, jinja)),
        _ => {}
    }
}

fn is_ident(map: &serde_json::Map<String, Json>) -> bool {
    map.len() == 3 && map.contains_key("value") && map.contains_key("quote_style") && map.contains_key("span")
}

fn fix_ident(map: &mut serde_json::Map<String, Json>, in_function_name: bool) {
    let value = map.get("value").and_then(Json::as_str).unwrap_or_default().to_string();
    let raw = value.starts_with("__datamigrate_jinja_") || in_function_name;
    let quote = if raw || is_plain(&value) { Json::Null } else { Json::String("\"".into()) };
    map.insert("quote_style".into(), quote);
}

/// An identifier the target accepts unquoted.
pub fn is_plain(s: &str) -> bool {
    let mut chars = s.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    first_ok && chars.all(|c| c.is_ascii_alphanumeric() || c == '_') && !is_reserved(s)
}

/// Words DuckDB does not accept as bare identifiers (sorted, lower case).
static RESERVED: &[&str] = &[
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "both",
    "case",
    "cast",
    "check",
    "collate",
    "column",
    "constraint",
    "create",
    "cross",
    "current_catalog",
    "current_date",
    "current_role",
    "current_time",
    "current_timestamp",
    "current_user",
    "default",
    "deferrable",
    "desc",
    "describe",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "exists",
    "false",
    "fetch",
    "for",
    "foreign",
    "from",
    "full",
    "grant",
    "group",
    "having",
    "in",
    "initially",
    "inner",
    "intersect",
    "into",
    "is",
    "join",
    "lateral",
    "leading",
    "left",
    "like",
    "limit",
    "localtime",
    "localtimestamp",
    "natural",
    "not",
    "null",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "outer",
    "pivot",
    "pivot_longer",
    "pivot_wider",
    "placing",
    "primary",
    "qualify",
    "references",
    "returning",
    "right",
    "select",
    "session_user",
    "show",
    "some",
    "summarize",
    "symmetric",
    "table",
    "then",
    "to",
    "trailing",
    "true",
    "union",
    "unique",
    "unpivot",
    "using",
    "variadic",
    "when",
    "where",
    "window",
    "with",
];

fn is_reserved(s: &str) -> bool {
    RESERVED.binary_search(&s.to_ascii_lowercase().as_str()).is_ok()
}

/// Quote an identifier for the target if it needs it.
pub fn quote_ident(s: &str) -> String {
    if is_plain(s) {
        s.to_string()
    } else {
        format!("\"{}\"", s.replace('"', "\"\""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_words_are_sorted() {
        assert!(RESERVED.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn jinja_delimiters_from_user_text_are_escaped() {
        assert_eq!(escape_jinja("'{{x}}'"), "'{{ \"{{\" }}x{{ \"}}\" }}'");
        assert_eq!(escape_jinja("a {% b #} c"), "a {{ \"{%\" }} b {{ \"#}\" }} c");
        assert_eq!(escape_jinja("plain"), "plain");
    }

    #[test]
    fn quoting() {
        assert_eq!(quote_ident("CustomerID"), "CustomerID");
        assert_eq!(quote_ident("Order Date"), "\"Order Date\"");
        assert_eq!(quote_ident("order"), "\"order\"");
        assert_eq!(quote_ident("a\"b"), "\"a\"\"b\"");
    }
}
