//! Names in the dbt project: snake_case (see [`snake_case`]), safe as file names and dbt
//! identifiers, never a path.

pub use crate::catalog::names::snake_case;

/// Text from the user's scripts (object names, file paths, `MS_Description` values) made safe to
/// embed in a generated comment or YAML description: no line breaks (which would end a `--`
/// comment) and no Jinja delimiters (dbt renders models and descriptions as Jinja, so `{{`, `{%`,
/// `{#` and their closers from a name must never become live). Delimiters get a space inserted.
pub fn inert(text: &str) -> String {
    let mut s: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    loop {
        let before = s.len();
        for (from, to) in [("{{", "{ {"), ("}}", "} }"), ("{%", "{ %"), ("%}", "% }"), ("{#", "{ #"), ("#}", "# }")] {
            s = s.replace(from, to);
        }
        if s.len() == before {
            return s;
        }
    }
}

/// Whether the original name needed changes beyond case to become `snake_case(name)` (reported
/// as DM4005 so the user sees where a hostile or unusual name went).
pub fn is_unusual(name: &str) -> bool {
    let odd_chars = !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ' ');
    odd_chars || name.starts_with(' ') || name.ends_with(' ')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn inert_text_cannot_end_comments_or_open_jinja() {
        assert_eq!(inert("v\nSELECT 666 --"), "v SELECT 666 --");
        assert_eq!(inert("f#}{{ 7*7 }}"), "f# }{ { 7*7 } }");
        assert_eq!(inert("{{{"), "{ { {");
        assert_eq!(inert("plain name"), "plain name");
    }

    #[test]
    fn snake_cases() {
        assert_eq!(snake_case("vw_CustomerOrderSummary"), "vw_customer_order_summary");
        assert_eq!(snake_case("OrderLines"), "order_lines");
        assert_eq!(snake_case("HTTPLog"), "http_log");
        assert_eq!(snake_case("Order Details"), "order_details");
        assert_eq!(snake_case("../../etc/passwd"), "etc_passwd");
        assert_eq!(snake_case("2024Sales"), "n_2024_sales");
        assert_eq!(snake_case("ÄÖÜ"), "unnamed");
        assert_eq!(snake_case("CON"), "con_");
        assert_eq!(snake_case("lpt1"), "lpt1_");
    }

    proptest! {
        #[test]
        fn always_a_safe_file_stem(name in "\\PC{0,40}") {
            let s = snake_case(&name);
            prop_assert!(!s.is_empty() && s.len() <= 82);
            prop_assert!(s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'));
            prop_assert!(!s.starts_with(|c: char| c.is_ascii_digit()));
        }
    }
}
