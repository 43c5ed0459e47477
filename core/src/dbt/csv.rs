//! Seed CSV files (RFC 4180): header of column names, one line per row, `\n` line ends.

/// Quote a field when it needs it. `None` is NULL: an empty field.
pub fn field(v: Option<&str>) -> String {
    match v {
        None => String::new(),
        Some(s) => {
            let needs = s.is_empty() || s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ');
            if needs {
                format!("\"{}\"", s.replace('"', "\"\""))
            } else {
                s.to_string()
            }
        }
    }
}

/// One CSV line.
pub fn line<'a>(fields: impl IntoIterator<Item = Option<&'a str>>) -> String {
    let mut s = fields.into_iter().map(field).collect::<Vec<_>>().join(",");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(
            line([Some("a"), None, Some("b,c"), Some("say \"hi\""), Some("x\ny")]),
            "a,,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"\n"
        );
    }
}
