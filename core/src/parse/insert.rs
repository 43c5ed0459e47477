//! `INSERT ... VALUES` as data scripts write it (SSMS "Script data": one row per statement,
//! thousands of statements): the tree sqlparser's `parse_insert` returns, built without its
//! general machinery around the values.
//!
//! sqlparser reads each INSERT through `parse_statement` → `parse_insert` → `parse_query` →
//! `parse_values`, checking on the way for every clause any dialect allows there; that was a
//! quarter of all parse work on a generated estate. Here only the common shape is taken:
//! `INSERT [INTO] name [(columns)] VALUES (v, ...)[, (v, ...)]` followed by the end of the
//! statement. Names, columns and every value that is not a plain literal are still read by
//! sqlparser's own functions (`parse_object_name`, `parse_parenthesized_qualified_column_list`,
//! `parse_value`, `parse_expr`), so the tree is the one sqlparser builds, spans included; the
//! tests compare the two as JSON. Anything else (another clause, an operator after a literal, an
//! error) rewinds the cursor and leaves the statement to sqlparser, errors included.

use super::ast::Stmt;
use super::driver::{Cursor, DIALECT};
use sqlparser::ast::{
    CastKind, Expr, Insert, ObjectName, ObjectNamePart, Parens, Query, SetExpr, Statement, TableObject, Values,
};
use sqlparser::dialect::Dialect;
use sqlparser::keywords::Keyword;
use sqlparser::parser::{IsOptional, ParserError};
use sqlparser::tokenizer::Token;

impl Cursor<'_> {
    /// The INSERT at the cursor as sqlparser reads it, when it has the data-script shape; `None`
    /// with the cursor unmoved otherwise.
    pub(crate) fn parse_insert_values(&mut self) -> Option<Stmt> {
        // sqlparser reads these INSERT forms differently; none is T-SQL.
        if DIALECT.supports_comment_optimizer_hint()
            || DIALECT.supports_insert_table_function()
            || DIALECT.supports_insert_table_query()
            || DIALECT.supports_insert_table_alias()
            || DIALECT.supports_insert_set()
            || DIALECT.supports_insert_format()
        {
            return None;
        }
        let start = self.p.index();
        match self.insert_values() {
            Ok(Some(insert)) => Some(Stmt::Sql(Box::new(Statement::Insert(insert)))),
            _ => {
                self.seek(start);
                None
            }
        }
    }

    fn insert_values(&mut self) -> Result<Option<Insert>, ParserError> {
        let insert_token = self.p.next_token();
        let into = self.p.parse_keyword(Keyword::INTO);
        // A keyword here may be one of the words sqlparser reads before the table name (`OR
        // REPLACE`, `OVERWRITE`, `LOCAL`, `DIRECTORY`, `TABLE`, `FUNCTION`, `DEFAULT VALUES`).
        if !matches!(&self.p.peek_token_ref().token,
            Token::Word(w) if w.quote_style.is_some() || w.keyword == Keyword::NoKeyword)
        {
            return Ok(None);
        }
        let table = self.p.parse_object_name(false)?;
        let columns = match (&self.p.peek_token_ref().token, &self.p.peek_nth_token_ref(1).token) {
            // `(SELECT ...`, `((...`: a query, not a column list.
            (Token::LParen, Token::LParen) => return Ok(None),
            (Token::LParen, Token::Word(w)) if w.keyword == Keyword::SELECT => return Ok(None),
            (Token::LParen, _) => match self.plain_columns() {
                Some(columns) => columns,
                None => self.p.parse_parenthesized_qualified_column_list(IsOptional::Optional, false)?,
            },
            _ => Vec::new(),
        };
        if self.peek_kw() != Keyword::VALUES {
            return Ok(None);
        }
        self.p.advance_token();
        let mut rows = Vec::new();
        loop {
            let open = self.p.next_token();
            if open.token != Token::LParen {
                return Ok(None);
            }
            let mut content = Vec::new();
            loop {
                content.push(self.insert_value()?);
                match self.p.peek_token_ref().token {
                    Token::Comma => self.p.advance_token(),
                    Token::RParen => break,
                    _ => return Ok(None),
                }
            }
            let close = self.p.next_token();
            rows.push(Parens { opening_token: open.into(), content, closing_token: close.into() });
            if !self.p.consume_token(&Token::Comma) {
                break;
            }
        }
        if !self.ends_statement() {
            return Ok(None);
        }
        let source = Query {
            with: None,
            body: Box::new(SetExpr::Values(Values { explicit_row: false, rows, value_keyword: false })),
            order_by: None,
            limit_clause: None,
            fetch: None,
            locks: vec![],
            for_clause: None,
            settings: None,
            format_clause: None,
            pipe_operators: vec![],
        };
        Ok(Some(Insert {
            insert_token: insert_token.into(),
            optimizer_hints: vec![],
            or: None,
            table: TableObject::TableName(table),
            table_alias: None,
            ignore: false,
            into,
            overwrite: false,
            partitioned: None,
            columns,
            after_columns: vec![],
            source: Some(Box::new(source)),
            assignments: vec![],
            has_table_keyword: false,
            on: None,
            returning: None,
            output: None,
            replace_into: false,
            priority: None,
            insert_alias: None,
            settings: None,
            format_clause: None,
            multi_table_insert_type: None,
            multi_table_into_clauses: vec![],
            multi_table_when_clauses: vec![],
            multi_table_else_clause: None,
        }))
    }

    /// `(a, [b], ...)` where every column is one word: what `parse_parenthesized_qualified_column_list`
    /// returns for it (`parse_object_name` of one word is that word's identifier). `None`, with
    /// nothing consumed, for anything else.
    fn plain_columns(&mut self) -> Option<Vec<ObjectName>> {
        let mut n = 1;
        loop {
            if !matches!(self.p.peek_nth_token_ref(n).token, Token::Word(_)) {
                return None;
            }
            match self.p.peek_nth_token_ref(n + 1).token {
                Token::Comma => n += 2,
                Token::RParen => break,
                _ => return None,
            }
        }
        self.p.advance_token();
        let mut columns = Vec::with_capacity(n / 2 + 1);
        loop {
            let t = self.p.next_token();
            let Token::Word(w) = t.token else { return None };
            columns.push(ObjectName(vec![ObjectNamePart::Identifier(w.into_ident(t.span))]));
            if !self.p.consume_token(&Token::Comma) {
                break;
            }
        }
        self.p.advance_token();
        Some(columns)
    }

    /// One value of a row. A literal or `NULL` followed by `,` or `)` is what `parse_expr`
    /// returns for it (our dialect answers a literal with `parse_value`, and nothing follows it);
    /// so is `CAST(literal AS type)` (sqlparser's `parse_cast_expr` with the literal as its
    /// expression, which our dialect tries first for `CAST`); anything else is `parse_expr`'s.
    fn insert_value(&mut self) -> Result<Expr, ParserError> {
        let follows_value = |t: &Token| matches!(t, Token::Comma | Token::RParen);
        if is_literal(&self.p.peek_token_ref().token) && follows_value(&self.p.peek_nth_token_ref(1).token) {
            return self.p.parse_value().map(Expr::Value);
        }
        let cast = is_keyword(&self.p.peek_token_ref().token, Keyword::CAST)
            && self.p.peek_nth_token_ref(1).token == Token::LParen
            && is_literal(&self.p.peek_nth_token_ref(2).token)
            && is_keyword(&self.p.peek_nth_token_ref(3).token, Keyword::AS);
        if !cast {
            return self.p.parse_expr();
        }
        self.p.advance_token();
        self.p.advance_token();
        let expr = Expr::Value(self.p.parse_value()?);
        self.p.advance_token();
        let data_type = self.p.parse_data_type()?;
        // `FORMAT ...` or anything else before `)`: sqlparser's reading (the INSERT rewinds).
        self.p.expect_token(&Token::RParen)?;
        Ok(Expr::Cast { kind: CastKind::Cast, expr: Box::new(expr), data_type, format: None })
    }

    /// After the last row: the end of the batch, `;`, or a word that starts another statement
    /// and continues no clause of an INSERT or a query.
    fn ends_statement(&self) -> bool {
        match &self.p.peek_token_ref().token {
            Token::EOF | Token::SemiColon => true,
            Token::Word(w) if w.quote_style.is_none() => matches!(
                w.keyword,
                Keyword::INSERT
                    | Keyword::UPDATE
                    | Keyword::DELETE
                    | Keyword::SELECT
                    | Keyword::SET
                    | Keyword::DECLARE
                    | Keyword::IF
                    | Keyword::BEGIN
                    | Keyword::END
                    | Keyword::COMMIT
                    | Keyword::EXEC
                    | Keyword::EXECUTE
                    | Keyword::PRINT
            ),
            _ => false,
        }
    }
}

/// A token `parse_value` reads and our dialect answers with it where an expression starts.
fn is_literal(t: &Token) -> bool {
    match t {
        Token::Number(..)
        | Token::SingleQuotedString(_)
        | Token::NationalStringLiteral(_)
        | Token::HexStringLiteral(_) => true,
        Token::Word(w) => w.quote_style.is_none() && w.keyword == Keyword::NULL,
        _ => false,
    }
}

fn is_keyword(t: &Token, keyword: Keyword) -> bool {
    matches!(t, Token::Word(w) if w.quote_style.is_none() && w.keyword == keyword)
}

#[cfg(test)]
mod tests {
    use super::super::ast::Stmt;
    use super::super::driver::DIALECT;
    use crate::diagnostics::FileId;
    use crate::source::{load_memory, split_batches};
    use proptest::prelude::*;
    use sqlparser::parser::{Parser, ParserOptions};

    /// The first statement of `sql` as parse_batch reads it, and as sqlparser's `parse_statement`
    /// reads it (with our dialect), both as JSON with spans.
    fn both(sql: &str) -> (String, String) {
        let loaded = load_memory(vec![("t.sql".to_string(), sql.as_bytes().to_vec())]);
        let batch = split_batches(&loaded.sources.files[0]).batches.remove(0);
        assert_eq!(batch.file, FileId(0));
        let ours = match &crate::parse::parse_batch(&batch).statements[0].stmt {
            Stmt::Sql(s) => serde_json::to_string(s).unwrap_or_default(),
            other => format!("not sqlparser's: {other:?}"),
        };
        let options = ParserOptions { require_semicolon_stmt_delimiter: false, ..ParserOptions::new() };
        let theirs = Parser::new(&DIALECT)
            .with_options(options)
            .try_with_sql(sql)
            .and_then(|mut p| p.parse_statement())
            .map(|s| serde_json::to_string(&s).unwrap_or_default())
            .unwrap_or_else(|e| format!("error: {e}"));
        (ours, theirs)
    }

    #[test]
    fn data_script_inserts_are_sqlparsers_trees() {
        let cases = [
            "INSERT [dbo].[Campaign1] ([Campaign1ID], [Amount], [Quantity], [Status]) VALUES (1, CAST(407.53 AS Decimal(12, 2)), 19, N'New')",
            "INSERT INTO dbo.T (a, b) VALUES (-1, NULL), (0x0A, 'it''s')\nINSERT dbo.T VALUES (1, 2)",
            "insert into [x].[dbo].[T] values (1.5e3, N'é', CAST(N'2020-01-01T00:00:00.000' AS DateTime))",
            "INSERT T VALUES (1 + 2, ABS(-3), (4))",
            "INSERT T (a) VALUES (1);\nSELECT 1",
            "INSERT T (a) VALUES\n  (1),\n  (2)\nEND",
            "INSERT T (a) VALUES (1) OPTION (MAXDOP 1)",
            "INSERT T (t.a) VALUES ($5.25)",
            "INSERT [Order] ([Key]) VALUES (CONVERT(datetime, '2020', 120))",
        ];
        for sql in cases {
            let (ours, theirs) = both(sql);
            assert_eq!(ours, theirs, "{sql}");
        }
    }

    /// Shapes the fast path leaves to sqlparser give sqlparser's tree too.
    #[test]
    fn other_inserts_are_left_to_sqlparser() {
        for sql in [
            "INSERT INTO T SELECT 1",
            "INSERT INTO T (a) SELECT a FROM U",
            "INSERT T DEFAULT VALUES",
            "INSERT T (a) OUTPUT inserted.a VALUES (1)",
            "INSERT T (a) VALUES (1) UNION SELECT 2",
            "INSERT T (a) VALUES (1) ORDER BY 1",
            "INSERT TABLE T VALUES (1)",
            "INSERT T WITH (TABLOCK) (a) VALUES (1)",
        ] {
            let (ours, theirs) = both(sql);
            if !theirs.starts_with("error") {
                assert_eq!(ours, theirs, "{sql}");
            }
        }
    }

    fn value() -> impl Strategy<Value = String> {
        prop_oneof![
            "-?[0-9]{1,6}(\\.[0-9]{1,3})?",
            "N?'([a-z ]|'')*'",
            Just("NULL".to_string()),
            Just("0xFF00".to_string()),
            "CAST\\(-?[0-9]{1,3}\\.[0-9]{2} AS (Decimal\\(12, 2\\)|money|int)\\)",
            "CAST\\(N'20[0-9]{2}-01-01T00:00:00' AS DateTime2\\(7\\)\\)",
            "[0-9] [-+*/] [0-9]",
            "\\(-?[0-9]\\)",
            Just("@v".to_string()),
            Just("DEFAULT".to_string()),
            Just("".to_string()),
            Just("CAST(NULL AS int)".to_string()),
            Just("CAST('a' AS varchar(10))".to_string()),
            Just("CAST(1 AS)".to_string()),
            Just("CAST(1 AS int FORMAT 'x')".to_string()),
            Just("CAST(1 AS int) + 1".to_string()),
            Just("cast (0x01 as varbinary(max))".to_string()),
        ]
    }

    proptest! {
        /// Generated INSERTs (well-formed or not): the fast path gives exactly sqlparser's tree,
        /// or leaves the statement to sqlparser.
        #[test]
        fn fast_inserts_equal_sqlparsers(
            into in any::<bool>(),
            name in prop_oneof![Just("[dbo].[T]"), Just("T"), Just("db.dbo.T"), Just("[a b]")],
            columns in prop_oneof![
                Just(""), Just(" ([a], b)"), Just(" (a)"), Just(" (t.a, b)"), Just(" ()"), Just(" (a,)"), Just(" (a b)")
            ],
            rows in proptest::collection::vec(proptest::collection::vec(value(), 0..4), 1..4),
            tail in prop_oneof![Just(""), Just(";"), Just("\nINSERT T VALUES (1)"), Just(" ORDER BY 1"), Just(","), Just(" x")],
        ) {
            let rows: Vec<String> = rows.iter().map(|r| format!("({})", r.join(", "))).collect();
            let sql = format!("INSERT {}{name}{columns} VALUES {}{tail}", if into { "INTO " } else { "" }, rows.join(", "));
            let (ours, theirs) = both(&sql);
            if theirs.starts_with("error") {
                prop_assert!(ours.starts_with("not sqlparser's"), "{}: {}", sql, ours);
            } else {
                prop_assert_eq!(ours, theirs, "{}", sql);
            }
        }
    }
}
