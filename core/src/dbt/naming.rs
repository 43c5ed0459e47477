//! Names in the dbt project: snake_case (see [`snake_case`]), safe as file names and dbt
//! identifiers, never a path.

pub use crate::catalog::names::snake_case;

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
