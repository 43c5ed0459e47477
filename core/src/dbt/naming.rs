//! Names in the dbt project: snake_case, safe as file names and dbt identifiers, never a path.

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
    s
}

fn push_sep(out: &mut String) {
    if !out.is_empty() && !out.ends_with('_') {
        out.push('_');
    }
}

/// Whether the original name needed changes beyond case to become `snake_case(name)` (reported
/// as DM4005 so the user sees where a hostile or unusual name went).
pub fn is_unusual(name: &str) -> bool {
    !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ' ')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn snake_cases() {
        assert_eq!(snake_case("vw_CustomerOrderSummary"), "vw_customer_order_summary");
        assert_eq!(snake_case("OrderLines"), "order_lines");
        assert_eq!(snake_case("HTTPLog"), "http_log");
        assert_eq!(snake_case("Order Details"), "order_details");
        assert_eq!(snake_case("../../etc/passwd"), "etc_passwd");
        assert_eq!(snake_case("2024Sales"), "n_2024_sales");
        assert_eq!(snake_case("ÄÖÜ"), "unnamed");
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
