//! Schema objects besides tables, views and routines: `CREATE SYNONYM`, `CREATE TYPE` (alias and
//! table types), `CREATE SEQUENCE`, `CREATE PARTITION FUNCTION` and `CREATE PARTITION SCHEME`.
//! sqlparser has no T-SQL form of any of these. A form we do not model (`CREATE TYPE ... EXTERNAL
//! NAME`, a CLR type) is handed back to the dispatcher, which keeps it as opaque text.

use super::ast::*;
use super::driver::Cursor;
use sqlparser::keywords::Keyword;
use sqlparser::parser::ParserError;
use sqlparser::tokenizer::{Token, TokenWithSpan};

impl Cursor<'_> {
    /// After `CREATE`, at `SYNONYM`, `TYPE`, `SEQUENCE` or `PARTITION`. `Ok(None)`: a form we keep
    /// as opaque text (the cursor may have moved; the caller seeks back).
    pub(crate) fn parse_create_object(&mut self) -> Result<Option<Stmt>, ParserError> {
        let word = self.nth_word_upper(0).unwrap_or_default();
        self.p.advance_token();
        match word.as_str() {
            "SYNONYM" => self.parse_create_synonym().map(Some),
            "TYPE" => self.parse_create_type(),
            "SEQUENCE" => self.parse_create_sequence().map(Some),
            "PARTITION" if self.p.parse_keyword(Keyword::FUNCTION) => self.parse_partition_function().map(Some),
            "PARTITION" if self.nth_word_is(0, "SCHEME") => {
                self.p.advance_token();
                self.parse_partition_scheme().map(Some)
            }
            _ => Ok(None),
        }
    }

    /// `name FOR [server.][database.][schema.]object` (`db..object` too).
    fn parse_create_synonym(&mut self) -> Result<Stmt, ParserError> {
        let name = self.p.parse_object_name(false)?;
        self.p.expect_keyword(Keyword::FOR)?;
        let target = self.p.parse_object_name(false)?;
        Ok(Stmt::CreateSynonym(Box::new(CreateSynonym { name, target })))
    }

    /// `name FROM base_type [NULL | NOT NULL]` or `name AS TABLE (...) [WITH (...)]`;
    /// `EXTERNAL NAME` (CLR types) gives `None`.
    fn parse_create_type(&mut self) -> Result<Option<Stmt>, ParserError> {
        let name = self.p.parse_object_name(false)?;
        let definition = if self.p.parse_keyword(Keyword::FROM) {
            let base = self.parse_sql_type()?;
            let nullable = if self.p.parse_keywords(&[Keyword::NOT, Keyword::NULL]) {
                Some(false)
            } else if self.p.parse_keyword(Keyword::NULL) {
                Some(true)
            } else {
                None
            };
            TypeDefinition::Alias { base, nullable }
        } else if self.p.parse_keywords(&[Keyword::AS, Keyword::TABLE]) {
            let (columns, constraints) = self.parse_table_elements()?;
            let options = if self.p.parse_keyword(Keyword::WITH) { self.parse_option_texts()? } else { Vec::new() };
            TypeDefinition::Table { columns, constraints, options }
        } else if self.nth_word_is(0, "EXTERNAL") {
            return Ok(None);
        } else {
            return self.p.expected("FROM, AS TABLE or EXTERNAL NAME", self.p.peek_token());
        };
        Ok(Some(Stmt::CreateType(Box::new(CreateType { name, definition }))))
    }

    /// `(option, ...)`: each option's text as written (`MEMORY_OPTIMIZED = ON`).
    fn parse_option_texts(&mut self) -> Result<Vec<String>, ParserError> {
        self.p.expect_token(&Token::LParen)?;
        let mut options = Vec::new();
        let mut current: Vec<TokenWithSpan> = Vec::new();
        let mut depth = 0usize;
        loop {
            let tok = self.p.next_token();
            match tok.token {
                Token::Comma | Token::RParen if depth == 0 => {
                    match (current.first(), current.last()) {
                        (Some(first), Some(last)) => {
                            options.push(self.map.text(first.span.start, last.span.end).to_string())
                        }
                        _ => return self.p.expected("a table option", tok),
                    }
                    current.clear();
                    if tok.token == Token::RParen {
                        return Ok(options);
                    }
                }
                Token::EOF => return self.p.expected(")", tok),
                _ => {
                    match tok.token {
                        Token::LParen => depth += 1,
                        Token::RParen => depth -= 1,
                        _ => {}
                    }
                    current.push(tok);
                }
            }
        }
    }

    /// `name [AS type]` and the options in any order.
    fn parse_create_sequence(&mut self) -> Result<Stmt, ParserError> {
        let name = self.p.parse_object_name(false)?;
        let data_type = if self.p.parse_keyword(Keyword::AS) { Some(self.parse_sql_type()?) } else { None };
        let mut options = Vec::new();
        loop {
            let first = self.nth_word_upper(0).unwrap_or_default();
            let second = self.nth_word_upper(1).unwrap_or_default();
            let option = match (first.as_str(), second.as_str()) {
                ("START", "WITH") => {
                    self.advance(2);
                    SequenceOption::StartWith(self.parse_integer_constant()?)
                }
                ("INCREMENT", "BY") => {
                    self.advance(2);
                    SequenceOption::IncrementBy(self.parse_integer_constant()?)
                }
                ("MINVALUE", _) => {
                    self.advance(1);
                    SequenceOption::MinValue(self.parse_optional_integer_constant()?)
                }
                ("MAXVALUE", _) => {
                    self.advance(1);
                    SequenceOption::MaxValue(self.parse_optional_integer_constant()?)
                }
                ("CYCLE", _) => {
                    self.advance(1);
                    SequenceOption::Cycle
                }
                ("CACHE", _) => {
                    self.advance(1);
                    SequenceOption::Cache(self.parse_optional_integer_constant()?)
                }
                ("NO", "MINVALUE") => {
                    self.advance(2);
                    SequenceOption::NoMinValue
                }
                ("NO", "MAXVALUE") => {
                    self.advance(2);
                    SequenceOption::NoMaxValue
                }
                ("NO", "CYCLE") => {
                    self.advance(2);
                    SequenceOption::NoCycle
                }
                ("NO", "CACHE") => {
                    self.advance(2);
                    SequenceOption::NoCache
                }
                _ => break,
            };
            options.push(option);
        }
        Ok(Stmt::CreateSequence(Box::new(CreateSequence { name, data_type, options })))
    }

    fn advance(&mut self, n: usize) {
        for _ in 0..n {
            self.p.advance_token();
        }
    }

    /// `[+|-]digits`, as written without a `+`.
    fn parse_integer_constant(&mut self) -> Result<String, ParserError> {
        let negative = self.p.consume_token(&Token::Minus);
        if !negative {
            let _ = self.p.consume_token(&Token::Plus);
        }
        let tok = self.p.next_token();
        match &tok.token {
            Token::Number(n, _) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
                Ok(if negative { format!("-{n}") } else { n.clone() })
            }
            _ => self.p.expected("an integer constant", tok),
        }
    }

    fn parse_optional_integer_constant(&mut self) -> Result<Option<String>, ParserError> {
        match self.p.peek_token_ref().token {
            Token::Number(..) | Token::Minus | Token::Plus => self.parse_integer_constant().map(Some),
            _ => Ok(None),
        }
    }

    /// After `PARTITION FUNCTION`: `name (type) AS RANGE [LEFT|RIGHT] FOR VALUES ([v, ...])`.
    fn parse_partition_function(&mut self) -> Result<Stmt, ParserError> {
        let name = self.p.parse_identifier()?;
        self.p.expect_token(&Token::LParen)?;
        let input_type = self.parse_sql_type()?;
        self.p.expect_token(&Token::RParen)?;
        self.p.expect_keywords(&[Keyword::AS, Keyword::RANGE])?;
        let range = if self.p.parse_keyword(Keyword::LEFT) {
            Some(PartitionRange::Left)
        } else if self.p.parse_keyword(Keyword::RIGHT) {
            Some(PartitionRange::Right)
        } else {
            None
        };
        self.p.expect_keywords(&[Keyword::FOR, Keyword::VALUES])?;
        self.p.expect_token(&Token::LParen)?;
        let mut values = Vec::new();
        if !self.p.consume_token(&Token::RParen) {
            loop {
                values.push(self.p.parse_expr()?);
                if !self.p.consume_token(&Token::Comma) {
                    break;
                }
            }
            self.p.expect_token(&Token::RParen)?;
        }
        Ok(Stmt::CreatePartitionFunction(Box::new(CreatePartitionFunction { name, input_type, range, values })))
    }

    /// After `PARTITION SCHEME`: `name AS PARTITION function [ALL] TO (filegroup, ...)`.
    fn parse_partition_scheme(&mut self) -> Result<Stmt, ParserError> {
        let name = self.p.parse_identifier()?;
        self.p.expect_keywords(&[Keyword::AS, Keyword::PARTITION])?;
        let function = self.p.parse_identifier()?;
        let all = self.p.parse_keyword(Keyword::ALL);
        self.p.expect_keyword(Keyword::TO)?;
        self.p.expect_token(&Token::LParen)?;
        let mut filegroups = Vec::new();
        loop {
            filegroups.push(self.p.parse_identifier()?);
            if !self.p.consume_token(&Token::Comma) {
                break;
            }
        }
        self.p.expect_token(&Token::RParen)?;
        Ok(Stmt::CreatePartitionScheme(Box::new(CreatePartitionScheme { name, function, all, filegroups })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::print::stmt_to_tsql;
    use crate::parse::tests::{parse_round_trip, parse_script};

    fn names(n: &sqlparser::ast::ObjectName) -> String {
        n.to_string()
    }

    #[test]
    fn synonyms_keep_their_target() {
        let Stmt::CreateSynonym(s) = parse_round_trip("CREATE SYNONYM [dbo].[Cust] FOR [Other].[dbo].[Customers]")
        else {
            panic!("not a synonym")
        };
        assert_eq!(names(&s.name), "[dbo].[Cust]");
        assert_eq!(names(&s.target), "[Other].[dbo].[Customers]");
        // `db..object` (default schema) and a linked server.
        let Stmt::CreateSynonym(s) = parse_round_trip("create synonym Cust for Other..Customers") else {
            panic!("not a synonym")
        };
        assert_eq!(s.target.0.len(), 3);
        parse_round_trip("CREATE SYNONYM s FOR srv.db.dbo.t");
    }

    #[test]
    fn alias_and_table_types() {
        let Stmt::CreateType(t) = parse_round_trip("CREATE TYPE [dbo].[Phone] FROM [nvarchar](20) NOT NULL") else {
            panic!("not a type")
        };
        assert_eq!(
            t.definition,
            TypeDefinition::Alias { base: SqlType::from_text("nvarchar(20)"), nullable: Some(false) }
        );
        let sql = "CREATE TYPE dbo.OrderLines AS TABLE (\n  LineNo int NOT NULL,\n  Qty decimal(10, 2) NULL DEFAULT ((1)),\n  Total AS (Qty * 2),\n  PRIMARY KEY CLUSTERED (LineNo ASC),\n  CHECK (Qty > 0)\n) WITH (MEMORY_OPTIMIZED = ON)";
        let Stmt::CreateType(t) = parse_round_trip(sql) else { panic!("not a type") };
        let TypeDefinition::Table { columns, constraints, options } = &t.definition else { panic!("not a table type") };
        assert_eq!(columns.len(), 3);
        assert_eq!(constraints.len(), 2);
        assert_eq!(options, &["MEMORY_OPTIMIZED = ON"]);
    }

    #[test]
    fn clr_types_stay_opaque() {
        let (kinds, diags) = parse_script("CREATE TYPE dbo.Point EXTERNAL NAME Geo.[Geo.Point]\nSELECT 1\n");
        assert_eq!(diags, Vec::<String>::new());
        assert_eq!(kinds, ["create_type", "query"]);
        let stmts = crate::parse::tests::parse_clean("CREATE TYPE dbo.Point EXTERNAL NAME Geo.[Geo.Point]");
        assert!(matches!(&stmts[0], Stmt::Opaque { kind, .. } if kind == "create_type"), "{stmts:?}");
    }

    #[test]
    fn sequence_options_in_any_order() {
        let sql = "CREATE SEQUENCE [dbo].[OrderNo] AS bigint START WITH -10 INCREMENT BY 5 MINVALUE -100 NO MAXVALUE CYCLE CACHE 50";
        let Stmt::CreateSequence(s) = parse_round_trip(sql) else { panic!("not a sequence") };
        assert_eq!(s.data_type, Some(SqlType::simple("bigint")));
        assert_eq!(
            s.options,
            [
                SequenceOption::StartWith("-10".into()),
                SequenceOption::IncrementBy("5".into()),
                SequenceOption::MinValue(Some("-100".into())),
                SequenceOption::NoMaxValue,
                SequenceOption::Cycle,
                SequenceOption::Cache(Some("50".into())),
            ]
        );
        let Stmt::CreateSequence(s) =
            parse_round_trip("create sequence s no cycle no cache maxvalue 99999999999999999999999999999 minvalue")
        else {
            panic!("not a sequence")
        };
        assert_eq!(s.data_type, None);
        assert_eq!(s.options.len(), 4);
        assert_eq!(s.options[2], SequenceOption::MaxValue(Some("99999999999999999999999999999".into())));
        assert_eq!(s.options[3], SequenceOption::MinValue(None));
        let Stmt::CreateSequence(s) = parse_round_trip("CREATE SEQUENCE s CACHE") else { panic!("not a sequence") };
        assert_eq!(s.options, [SequenceOption::Cache(None)]);
    }

    #[test]
    fn sequence_constants_must_be_integers() {
        let (kinds, diags) = parse_script("CREATE SEQUENCE s START WITH 1.5\n");
        assert_eq!(kinds, ["unparsed"]);
        assert!(diags[0].starts_with("DM1101 t.sql:1:30: "), "{diags:?}");
        assert!(diags[0].contains("an integer constant"), "{diags:?}");
    }

    #[test]
    fn partition_functions_and_schemes() {
        let sql = "CREATE PARTITION FUNCTION [pfYear] (date) AS RANGE RIGHT FOR VALUES ('2024-01-01', N'2025-01-01')";
        let Stmt::CreatePartitionFunction(f) = parse_round_trip(sql) else { panic!("not a partition function") };
        assert_eq!(f.range, Some(PartitionRange::Right));
        assert_eq!(f.values.len(), 2);
        let Stmt::CreatePartitionFunction(f) =
            parse_round_trip("CREATE PARTITION FUNCTION pf (int) AS RANGE FOR VALUES ()")
        else {
            panic!("not a partition function")
        };
        assert_eq!((f.range, f.values.len()), (None, 0));
        let Stmt::CreatePartitionScheme(s) =
            parse_round_trip("CREATE PARTITION SCHEME psYear AS PARTITION pfYear TO (fg2023, fg2024, [PRIMARY])")
        else {
            panic!("not a partition scheme")
        };
        assert_eq!((s.all, s.filegroups.len()), (false, 3));
        let Stmt::CreatePartitionScheme(s) =
            parse_round_trip("CREATE PARTITION SCHEME ps AS PARTITION pf ALL TO ([PRIMARY])")
        else {
            panic!("not a partition scheme")
        };
        assert!(s.all);
        assert_eq!(
            stmt_to_tsql(&Stmt::CreatePartitionScheme(s)),
            "CREATE PARTITION SCHEME ps AS PARTITION pf ALL TO ([PRIMARY])"
        );
    }

    #[test]
    fn unmodelled_partition_forms_stay_opaque() {
        // Only PARTITION FUNCTION and SCHEME are modelled; any other word keeps the old behaviour.
        let stmts = crate::parse::tests::parse_clean("CREATE PARTITION INDEX x");
        assert!(matches!(&stmts[0], Stmt::Opaque { kind, .. } if kind == "create_partition"), "{stmts:?}");
    }
}
