//! T-SQL data types: our own small parser (`[nvarchar](max)`, `decimal(10, 2)`, `dbo.Phone`), since
//! sqlparser reads bracketed type names as custom types.

use super::ast::{SqlType, TypeArg};
use super::driver::Cursor;
use sqlparser::ast::DataType;
use sqlparser::parser::ParserError;
use sqlparser::tokenizer::Token;

impl SqlType {
    /// A type without arguments.
    pub fn simple(name: &str) -> Self {
        SqlType { schema: None, name: name.to_ascii_lowercase(), args: Vec::new() }
    }

    /// Convert a sqlparser `DataType` (from `CAST(x AS type)`) through its SQL text.
    pub fn from_data_type(dt: &DataType) -> Self {
        Self::from_text(&dt.to_string())
    }

    /// Parse `name[(arg[, arg])]` text leniently; unknown shapes keep the whole text as the name.
    pub fn from_text(text: &str) -> Self {
        let text = text.trim();
        let (head, args) = match text.find('(') {
            Some(i) if text.ends_with(')') => (&text[..i], &text[i + 1..text.len() - 1]),
            _ => (text, ""),
        };
        let head = head.trim().replace(['[', ']', '"'], "");
        let (schema, name) = match head.rsplit_once('.') {
            Some((s, n)) => (Some(s.to_ascii_lowercase()), n.to_string()),
            None => (None, head.clone()),
        };
        let args = args
            .split(',')
            .filter_map(|a| {
                let a = a.trim();
                if a.eq_ignore_ascii_case("max") {
                    Some(TypeArg::Max)
                } else {
                    a.parse().ok().map(TypeArg::Number)
                }
            })
            .collect();
        let name = name.trim().to_ascii_lowercase();
        let name = match name.strip_suffix(" varying") {
            Some(base) => varying(base.trim()),
            None => iso_synonym(&name),
        };
        SqlType { schema, name, args }
    }

    /// The type as T-SQL writes it (`nvarchar(max)`).
    pub fn to_tsql(&self) -> String {
        let mut s = String::new();
        if let Some(schema) = &self.schema {
            s.push_str(schema);
            s.push('.');
        }
        s.push_str(&self.name);
        if !self.args.is_empty() {
            let args: Vec<String> = self
                .args
                .iter()
                .map(|a| match a {
                    TypeArg::Number(n) => n.to_string(),
                    TypeArg::Max => "max".to_string(),
                })
                .collect();
            s.push('(');
            s.push_str(&args.join(","));
            s.push(')');
        }
        s
    }

    /// The nth numeric argument.
    pub fn arg(&self, n: usize) -> Option<u32> {
        match self.args.get(n) {
            Some(TypeArg::Number(v)) => Some(*v),
            _ => None,
        }
    }
}

/// The SQL Server name of an ISO synonym (`integer` is `int`, `dec` is `decimal`).
/// <https://learn.microsoft.com/sql/t-sql/data-types/data-type-synonyms-transact-sql>
fn iso_synonym(name: &str) -> String {
    match name {
        "integer" => "int",
        "dec" => "decimal",
        "character" => "char",
        "national character" | "national char" => "nchar",
        "national text" => "ntext",
        other => other,
    }
    .to_string()
}

/// `<name> varying`: `char varying` and `character varying` are `varchar`, `binary varying` is
/// `varbinary`, `national char[acter] varying` is `nvarchar`.
fn varying(name: &str) -> String {
    match name {
        "char" | "character" => "varchar",
        "nchar" | "national char" | "national character" => "nvarchar",
        "binary" => "varbinary",
        other => return format!("{other} varying"),
    }
    .to_string()
}

impl Cursor<'_> {
    /// `[schema.]name [VARYING] [(n | max [, n])]`, and `double precision`; ISO synonyms become SQL
    /// Server names (`integer` is `int`, `char varying` is `varchar`).
    pub(crate) fn parse_sql_type(&mut self) -> Result<SqlType, ParserError> {
        let first = self.p.parse_identifier()?;
        let mut schema = None;
        let mut name = first.value;
        if self.p.consume_token(&Token::Period) {
            schema = Some(name.to_ascii_lowercase());
            name = self.p.parse_identifier()?.value;
        }
        if name.eq_ignore_ascii_case("double") && self.nth_word_is(0, "PRECISION") {
            self.p.advance_token();
            name = "float".to_string();
        }
        let mut name = name.to_ascii_lowercase();
        if self.nth_word_is(0, "VARYING") {
            self.p.advance_token();
            name = varying(&name);
        } else if schema.is_none() {
            name = iso_synonym(&name);
        }
        let mut args = Vec::new();
        if self.p.consume_token(&Token::LParen) {
            loop {
                let tok = self.p.next_token();
                match &tok.token {
                    Token::Number(n, _) => {
                        let v = n.parse::<u32>().map_err(|_| {
                            ParserError::ParserError(format!(
                                "Expected: a type length, found: {n} at Line: {}, Column: {}",
                                tok.span.start.line, tok.span.start.column
                            ))
                        })?;
                        args.push(TypeArg::Number(v));
                    }
                    Token::Word(w) if w.value.eq_ignore_ascii_case("max") => args.push(TypeArg::Max),
                    _ => return self.p.expected("a type length or MAX", tok),
                }
                if !self.p.consume_token(&Token::Comma) {
                    break;
                }
            }
            self.p.expect_token(&Token::RParen)?;
        }
        Ok(SqlType { schema, name, args })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_from_text() {
        assert_eq!(SqlType::from_text("NVARCHAR(MAX)").to_tsql(), "nvarchar(max)");
        assert_eq!(SqlType::from_text("DECIMAL(10,2)").arg(1), Some(2));
        assert_eq!(SqlType::from_text("[dbo].[Phone]").to_tsql(), "dbo.phone");
    }
}
