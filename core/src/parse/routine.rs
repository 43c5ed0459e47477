//! Views, procedures, functions and triggers (headers and bodies), and T-SQL control flow
//! (`BEGIN...END`, `IF/ELSE`, `WHILE`, `TRY/CATCH`, `RETURN`, `BREAK`, `CONTINUE`, `GOTO`).
//! sqlparser needs `;` between statements inside blocks; our block parser does not.

use super::ast::*;
use super::driver::{Cursor, Until};
use crate::diagnostics::{Code, Diagnostic};
use sqlparser::ast::Ident;
use sqlparser::keywords::Keyword;
use sqlparser::parser::ParserError;
use sqlparser::tokenizer::Token;

impl Cursor<'_> {
    /// After `CREATE [OR ALTER] | ALTER`, at `VIEW`, `PROC[EDURE]`, `FUNCTION` or `TRIGGER`.
    pub(crate) fn parse_create_routine(&mut self, or_alter: bool, alter: bool) -> Result<Stmt, ParserError> {
        let word = self.nth_word_upper(0).unwrap_or_default();
        let tok = self.p.next_token();
        match word.as_str() {
            "VIEW" => self.parse_view(or_alter, alter),
            "FUNCTION" => self.parse_function(or_alter, alter),
            "TRIGGER" => self.parse_trigger(or_alter, alter),
            "PROC" | "PROCEDURE" => self.parse_procedure(or_alter, alter),
            _ => self.p.expected("VIEW, PROCEDURE, FUNCTION or TRIGGER", tok),
        }
    }

    fn parse_view(&mut self, or_alter: bool, alter: bool) -> Result<Stmt, ParserError> {
        let name = self.p.parse_object_name(false)?;
        let columns = if self.peek_is(&Token::LParen) { self.parse_index_columns()? } else { Vec::new() };
        let options = self.parse_with_options()?;
        let (query, check_option) = if self.at_batch_end() {
            (None, false) // a header alone (see `Routine::body`)
        } else {
            self.p.expect_keyword(Keyword::AS)?;
            let query = self.p.parse_query()?;
            (Some(query), self.p.parse_keywords(&[Keyword::WITH, Keyword::CHECK, Keyword::OPTION]))
        };
        Ok(Stmt::CreateView(Box::new(CreateView {
            name,
            or_alter,
            alter,
            columns,
            options,
            query,
            check_option,
            batch: self.batch_ref(),
        })))
    }

    /// `WITH SCHEMABINDING, ENCRYPTION, EXECUTE AS OWNER, RECOMPILE, ...` before `AS`.
    fn parse_with_options(&mut self) -> Result<Vec<String>, ParserError> {
        let mut options = Vec::new();
        if self.peek_kw() != Keyword::WITH {
            return Ok(options);
        }
        self.p.advance_token();
        loop {
            let tok = self.p.next_token();
            let mut opt = match &tok.token {
                Token::Word(w) => w.value.to_ascii_uppercase(),
                _ => return self.p.expected("a routine option", tok),
            };
            if opt == "EXECUTE" || opt == "EXEC" {
                self.p.expect_keyword(Keyword::AS)?;
                let who = self.p.next_token();
                opt = format!("EXECUTE AS {who}");
            } else if opt == "RETURNS" {
                // RETURNS NULL ON NULL INPUT
                for _ in 0..4 {
                    self.p.advance_token();
                }
                opt = "RETURNS NULL ON NULL INPUT".into();
            } else if opt == "CALLED" {
                for _ in 0..4 {
                    self.p.advance_token();
                }
                opt = "CALLED ON NULL INPUT".into();
            } else if opt == "INLINE" && self.p.consume_token(&Token::Eq) {
                let v = self.p.next_token();
                opt = format!("INLINE = {v}");
            }
            options.push(opt);
            if !self.p.consume_token(&Token::Comma) {
                return Ok(options);
            }
        }
    }

    /// Parameters with or without parentheses.
    fn parse_params(&mut self, parenthesised: bool) -> Result<Vec<Param>, ParserError> {
        let mut params = Vec::new();
        if parenthesised && self.peek_is(&Token::RParen) {
            return Ok(params);
        }
        loop {
            let name = self.p.parse_identifier()?;
            if !name.value.starts_with('@') {
                return Err(ParserError::ParserError(format!(
                    "Expected: a parameter name starting with @, found: {} at Line: {}, Column: {}",
                    name.value, name.span.start.line, name.span.start.column
                )));
            }
            let _ = self.p.parse_keyword(Keyword::AS);
            let data_type = self.parse_sql_type()?;
            let _ = self.p.parse_keyword(Keyword::NULL) || self.p.parse_keywords(&[Keyword::NOT, Keyword::NULL]);
            let default = if self.p.consume_token(&Token::Eq) { Some(Box::new(self.p.parse_expr()?)) } else { None };
            let mut output = false;
            let mut readonly = false;
            loop {
                match self.nth_word_upper(0).as_deref() {
                    Some("OUT") | Some("OUTPUT") => output = true,
                    Some("READONLY") => readonly = true,
                    _ => break,
                }
                self.p.advance_token();
            }
            params.push(Param { name, data_type, default, output, readonly });
            if !self.p.consume_token(&Token::Comma) {
                return Ok(params);
            }
        }
    }

    fn parse_procedure(&mut self, or_alter: bool, alter: bool) -> Result<Stmt, ParserError> {
        let name = self.p.parse_object_name(false)?;
        if self.p.consume_token(&Token::SemiColon) {
            // `CREATE PROC p;2` numbered procedures.
            self.p.next_token();
        }
        let params = if self.p.consume_token(&Token::LParen) {
            let params = self.parse_params(true)?;
            self.p.expect_token(&Token::RParen)?;
            params
        } else if matches!(&self.p.peek_token_ref().token, Token::Word(w) if w.value.starts_with('@')) {
            self.parse_params(false)?
        } else {
            Vec::new()
        };
        let options = self.parse_with_options()?;
        let _ = self.p.parse_keywords(&[Keyword::FOR, Keyword::REPLICATION]);
        let body = if self.at_batch_end() {
            self.empty_body()
        } else {
            self.p.expect_keyword(Keyword::AS)?;
            self.parse_body()?
        };
        Ok(Stmt::CreateRoutine(Box::new(Routine {
            kind: RoutineKind::Procedure,
            name,
            or_alter,
            alter,
            params,
            returns: None,
            returns_table: None,
            options,
            trigger: None,
            body,
            batch: self.batch_ref(),
        })))
    }

    fn parse_function(&mut self, or_alter: bool, alter: bool) -> Result<Stmt, ParserError> {
        let name = self.p.parse_object_name(false)?;
        self.p.expect_token(&Token::LParen)?;
        let params = self.parse_params(true)?;
        self.p.expect_token(&Token::RParen)?;
        self.p.expect_keyword(Keyword::RETURNS)?;
        let mut returns = None;
        let mut returns_table = None;
        let mut kind = RoutineKind::ScalarFunction;
        if self.peek_kw() == Keyword::TABLE {
            self.p.advance_token();
            kind = RoutineKind::InlineTableFunction;
        } else if matches!(&self.p.peek_token_ref().token, Token::Word(w) if w.value.starts_with('@')) {
            let name = self.p.parse_identifier()?;
            self.p.expect_keyword(Keyword::TABLE)?;
            let (columns, constraints) = self.parse_table_elements()?;
            returns_table = Some(ReturnsTable { name, columns, constraints });
            kind = RoutineKind::TableFunction;
        } else {
            returns = Some(self.parse_sql_type()?);
        }
        let options = self.parse_with_options()?;
        let _ = self.p.parse_keyword(Keyword::AS);
        let body = if self.at_batch_end() {
            self.empty_body()
        } else if kind == RoutineKind::InlineTableFunction {
            self.parse_inline_body()?
        } else {
            self.parse_body()?
        };
        Ok(Stmt::CreateRoutine(Box::new(Routine {
            kind,
            name,
            or_alter,
            alter,
            params,
            returns,
            returns_table,
            options,
            trigger: None,
            body,
            batch: self.batch_ref(),
        })))
    }

    /// `RETURN [(] query [)]` of an inline table-valued function.
    fn parse_inline_body(&mut self) -> Result<RoutineBody, ParserError> {
        let start = self.next_start();
        self.p.expect_keyword(Keyword::RETURN)?;
        let query = self.p.parse_query()?;
        while self.p.consume_token(&Token::SemiColon) {}
        if !self.peek_is(&Token::EOF) {
            return self.p.expected("the end of the function", self.p.peek_token());
        }
        Ok(RoutineBody {
            text: self.text_from(start),
            span: self.span_from(start),
            statements: Vec::new(),
            query: Some(query),
        })
    }

    /// DML triggers `ON table|view`, DDL triggers `ON DATABASE` and DDL or logon triggers
    /// `ON ALL SERVER`.
    fn parse_trigger(&mut self, or_alter: bool, alter: bool) -> Result<Stmt, ParserError> {
        let name = self.p.parse_object_name(false)?;
        self.p.expect_keyword(Keyword::ON)?;
        let on = if self.p.parse_keywords(&[Keyword::ALL, Keyword::SERVER]) {
            TriggerOn::AllServer
        } else if self.p.parse_keyword(Keyword::DATABASE) {
            TriggerOn::Database
        } else {
            TriggerOn::Object(self.p.parse_object_name(false)?)
        };
        let options = self.parse_with_options()?;
        let dml = matches!(on, TriggerOn::Object(_));
        let timing = if dml && self.p.parse_keywords(&[Keyword::INSTEAD, Keyword::OF]) {
            "INSTEAD OF".to_string()
        } else {
            let k = self.p.expect_one_of_keywords(&[Keyword::AFTER, Keyword::FOR])?;
            format!("{k:?}")
        };
        let mut events = Vec::new();
        loop {
            if dml {
                let k = self.p.expect_one_of_keywords(&[Keyword::INSERT, Keyword::UPDATE, Keyword::DELETE])?;
                events.push(format!("{k:?}"));
            } else {
                events.push(self.parse_ddl_event()?);
            }
            if !self.p.consume_token(&Token::Comma) {
                break;
            }
        }
        if dml && self.peek_kw() == Keyword::WITH && self.nth_word_is(1, "APPEND") {
            self.p.advance_token();
            self.p.advance_token();
        }
        if dml {
            let _ = self.p.parse_keywords(&[Keyword::NOT, Keyword::FOR, Keyword::REPLICATION]);
        }
        let body = if self.at_batch_end() {
            self.empty_body()
        } else {
            self.p.expect_keyword(Keyword::AS)?;
            self.parse_body()?
        };
        Ok(Stmt::CreateRoutine(Box::new(Routine {
            kind: RoutineKind::Trigger,
            name,
            or_alter,
            alter,
            params: Vec::new(),
            returns: None,
            returns_table: None,
            options,
            trigger: Some(TriggerDef { on, timing, events }),
            body,
            batch: self.batch_ref(),
        })))
    }

    /// A DDL trigger's event type or group (`CREATE_TABLE`, `DDL_TABLE_EVENTS`, `LOGON`): one
    /// unquoted word of letters, digits and underscores. The documented list is long and grows
    /// with each release, so the name itself is not checked.
    fn parse_ddl_event(&mut self) -> Result<String, ParserError> {
        let tok = self.p.next_token();
        match &tok.token {
            Token::Word(w)
                if w.quote_style.is_none()
                    && w.keyword != Keyword::AS
                    && w.value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') =>
            {
                Ok(w.value.to_ascii_uppercase())
            }
            _ => self.p.expected("a DDL event type or group (e.g. CREATE_TABLE)", tok),
        }
    }

    /// Only `;` (or nothing) is left in the batch: a view or routine header without a body.
    fn at_batch_end(&self) -> bool {
        let mut n = 0;
        while self.p.peek_nth_token_ref(n).token == Token::SemiColon {
            n += 1;
        }
        self.p.peek_nth_token_ref(n).token == Token::EOF
    }

    /// The body of a header alone: no statements, an empty span where the header ends.
    fn empty_body(&self) -> RoutineBody {
        let end = self.last_end();
        RoutineBody { text: String::new(), span: self.map.span(end, end), statements: Vec::new(), query: None }
    }

    /// The rest of the batch as a routine body. Statements that fail are kept as `Unparsed`
    /// entries and reported once as DM1102 for the routine.
    fn parse_body(&mut self) -> Result<RoutineBody, ParserError> {
        let start = self.next_start();
        let before = self.diagnostics.len();
        let statements = self.statements(Until::Eof);
        let span = self.span_from(start);
        if self.diagnostics.len() > before {
            self.diagnostics.push(Diagnostic::new(
                Code::DM1102,
                "Part of the routine body could not be parsed; those statements are kept as text.",
                Some(span),
            ));
        }
        Ok(RoutineBody { text: self.text_from(start), span, statements, query: None })
    }

    /// After `BEGIN` (not TRAN/TRY): statements up to the matching `END`.
    pub(crate) fn parse_block(&mut self) -> Result<Stmt, ParserError> {
        let statements = self.statements(Until::End);
        self.p.expect_keyword(Keyword::END)?;
        Ok(Stmt::Block(statements))
    }

    /// After `BEGIN TRY`.
    pub(crate) fn parse_try_catch(&mut self) -> Result<Stmt, ParserError> {
        let body = self.statements(Until::End);
        self.p.expect_keyword(Keyword::END)?;
        self.p.expect_keyword(Keyword::TRY)?;
        self.p.expect_keyword(Keyword::BEGIN)?;
        self.p.expect_keyword(Keyword::CATCH)?;
        let handler = self.statements(Until::End);
        self.p.expect_keyword(Keyword::END)?;
        self.p.expect_keyword(Keyword::CATCH)?;
        Ok(Stmt::TryCatch { body, handler })
    }

    /// After `IF`.
    pub(crate) fn parse_if(&mut self) -> Result<Stmt, ParserError> {
        let condition = self.p.parse_expr()?;
        while self.p.consume_token(&Token::SemiColon) {}
        let then = Box::new(self.nested_statement()?);
        let mut look = 0;
        while matches!(self.p.peek_nth_token_ref(look).token, Token::SemiColon) {
            look += 1;
        }
        let otherwise = if self.nth_kw(look) == Keyword::ELSE {
            for _ in 0..=look {
                self.p.advance_token();
            }
            Some(Box::new(self.nested_statement()?))
        } else {
            None
        };
        Ok(Stmt::If { condition, then, otherwise })
    }

    /// After `WHILE`.
    pub(crate) fn parse_while(&mut self) -> Result<Stmt, ParserError> {
        let condition = self.p.parse_expr()?;
        let body = Box::new(self.nested_statement()?);
        Ok(Stmt::While { condition, body })
    }

    /// The single statement (often a block) of IF/ELSE/WHILE; an error inside stays local.
    fn nested_statement(&mut self) -> Result<ParsedStatement, ParserError> {
        if self.peek_is(&Token::EOF) {
            return self.p.expected("a statement", self.p.peek_token());
        }
        Ok(self.statement())
    }

    /// After `RETURN`: an optional value, absent when the next token starts a statement. A
    /// query as the value needs parentheses, so `RETURN SELECT 1` is two statements, as in SQL
    /// Server (inline table-valued functions have their own `RETURN query`).
    pub(crate) fn parse_return(&mut self) -> Result<Stmt, ParserError> {
        let next = self.nth_word_upper(0).unwrap_or_default();
        let ends = matches!(self.p.peek_token_ref().token, Token::EOF | Token::SemiColon)
            || next == "END"
            || super::driver::is_statement_word(&next);
        if ends {
            return Ok(Stmt::Return(None));
        }
        Ok(Stmt::Return(Some(self.p.parse_expr()?)))
    }

    /// `label:`.
    pub(crate) fn is_label(&self) -> bool {
        matches!(self.p.peek_token_ref().token, Token::Word(_))
            && matches!(self.p.peek_nth_token_ref(1).token, Token::Colon)
    }

    pub(crate) fn parse_label(&mut self) -> Result<Stmt, ParserError> {
        let label: Ident = self.p.parse_identifier()?;
        self.p.expect_token(&Token::Colon)?;
        Ok(Stmt::Label(label))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::print::stmt_to_tsql;
    use crate::parse::tests::{parse_round_trip, parse_script};

    fn routine(stmt: Stmt) -> Routine {
        match stmt {
            Stmt::CreateRoutine(r) => *r,
            other => panic!("not a routine: {other:?}"),
        }
    }

    #[test]
    fn a_procedure_header_alone_has_an_empty_body() {
        let r = routine(parse_round_trip("CREATE PROCEDURE dbo.usp_Stub(@Id INT = 0, @Code NCHAR(3) = N'abc')"));
        assert_eq!(r.params.len(), 2);
        assert!(r.body.statements.is_empty() && r.body.text.is_empty());
        assert_eq!(
            stmt_to_tsql(&Stmt::CreateRoutine(Box::new(r))),
            "CREATE PROCEDURE dbo.usp_Stub (@Id int = 0, @Code nchar(3) = N'abc')"
        );
        for flag in ["OUT", "OUTPUT"] {
            let sql = format!("CREATE PROCEDURE p(@Total MONEY = 0 {flag}, @Flag BIT {flag})");
            let r = routine(parse_round_trip(&sql));
            assert!(r.params.iter().all(|p| p.output && !p.readonly));
        }
        let r = routine(parse_round_trip("CREATE PROCEDURE p(@Ids dbo.IdList READONLY, @More dbo.IdList READONLY)"));
        assert!(r.params.iter().all(|p| p.readonly && !p.output));
        let r = routine(parse_round_trip("CREATE PROCEDURE p(@Total AS MONEY = 0, @Code AS NCHAR(3) = N'abc');"));
        assert_eq!(r.params[1].data_type.to_tsql(), "nchar(3)");
        // Without parentheses, and without parameters.
        routine(parse_round_trip("CREATE PROC dbo.p @a int OUTPUT"));
        routine(parse_round_trip("ALTER PROCEDURE dbo.p"));
    }

    #[test]
    fn a_header_followed_by_anything_but_the_batch_end_still_needs_as() {
        let (kinds, diags) = parse_script("CREATE PROCEDURE dbo.p (@a int)\nSELECT 1\n");
        assert_eq!(kinds, ["unparsed"]);
        assert!(diags[0].starts_with("DM1101 t.sql:2:1: ") && diags[0].contains("AS"), "{diags:?}");
        let (kinds, _) = parse_script("CREATE VIEW dbo.v SELECT 1\n");
        assert_eq!(kinds, ["unparsed"]);
    }

    #[test]
    fn a_view_header_alone_has_no_query() {
        let Stmt::CreateView(v) = parse_round_trip("create view Sales.dbo.vw_Stub") else { panic!("not a view") };
        assert_eq!(v.name.0.len(), 3);
        assert!(v.query.is_none());
        let Stmt::CreateView(v) = parse_round_trip("CREATE VIEW dbo.v AS SELECT 1 AS x") else { panic!("not a view") };
        assert!(v.query.is_some());
    }

    #[test]
    fn functions_without_a_body_and_multi_statement_table_functions() {
        let r = routine(parse_round_trip("CREATE FUNCTION dbo.f (@a int) RETURNS int"));
        assert_eq!((r.kind, r.body.statements.len()), (RoutineKind::ScalarFunction, 0));
        let r = routine(parse_round_trip("CREATE FUNCTION dbo.g () RETURNS TABLE"));
        assert_eq!(r.kind, RoutineKind::InlineTableFunction);
        assert!(r.body.query.is_none());
        let sql = "CREATE FUNCTION dbo.fn_Rows(@n INT) RETURNS @rows TABLE (id INT, amount DECIMAL(10, 2)) AS RETURN SELECT @n";
        let r = routine(parse_round_trip(sql));
        assert_eq!(r.kind, RoutineKind::TableFunction);
        let t = r.returns_table.as_ref().map(|t| (t.name.value.as_str(), t.columns.len()));
        assert_eq!(t, Some(("@rows", 2)));
        // A query after RETURN needs parentheses to be its value: `RETURN` and a SELECT.
        let kinds: Vec<String> = r.body.statements.iter().map(|s| s.stmt.kind_name()).collect();
        assert_eq!(kinds, ["return", "query"]);
        assert!(matches!(r.body.statements[0].stmt, Stmt::Return(None)));
        // Constraints of the returned table are kept.
        let sql = "CREATE FUNCTION dbo.t () RETURNS @r TABLE (id int NOT NULL, v nvarchar(10), PRIMARY KEY (id), UNIQUE (v))\nAS\nBEGIN\n  INSERT @r VALUES (1, N'a')\n  RETURN\nEND";
        let r = routine(parse_round_trip(sql));
        assert_eq!(r.returns_table.map(|t| t.constraints.len()), Some(2));
    }

    #[test]
    fn ddl_triggers_on_database_and_all_server() {
        let sql = "CREATE TRIGGER trg_Audit ON DATABASE FOR DROP_VIEW AS BEGIN INSERT INTO dbo.Audit (what, at_time) VALUES (N'drop', SYSDATETIME()) END";
        let r = routine(parse_round_trip(sql));
        let t = r.trigger.as_ref().map(|t| (t.on.clone(), t.timing.as_str(), t.events.clone()));
        assert_eq!(t, Some((TriggerOn::Database, "FOR", vec!["DROP_VIEW".to_string()])));
        let sql = "create trigger [audit_ddl] on all server with execute as 'sa' after create_database, ddl_login_events, Alter_Table as print 1";
        let r = routine(parse_round_trip(sql));
        let t = r.trigger.as_ref().map(|t| (t.on.clone(), t.events.clone()));
        let events = ["CREATE_DATABASE", "DDL_LOGIN_EVENTS", "ALTER_TABLE"].map(String::from).to_vec();
        assert_eq!(t, Some((TriggerOn::AllServer, events)));
        assert_eq!(r.options, ["EXECUTE AS 'sa'"]);
        // INSTEAD OF is for DML triggers only.
        let (kinds, diags) = parse_script("CREATE TRIGGER t ON DATABASE INSTEAD OF DROP_VIEW AS PRINT 1\n");
        assert_eq!((kinds.len(), diags.len()), (1, 1), "{diags:?}");
    }

    #[test]
    fn trigger_options_print_before_the_timing() {
        let sql = "CREATE TRIGGER dbo.tr ON dbo.t WITH ENCRYPTION, EXECUTE AS CALLER AFTER INSERT, DELETE AS SELECT 1";
        let r = routine(parse_round_trip(sql));
        assert_eq!(
            r.trigger.map(|t| t.on),
            Some(TriggerOn::Object(sqlparser::ast::ObjectName::from(vec![Ident::new("dbo"), Ident::new("t")])))
        );
    }
}
