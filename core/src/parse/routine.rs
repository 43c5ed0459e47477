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
        self.p.expect_keyword(Keyword::AS)?;
        let query = self.p.parse_query()?;
        let check_option = self.p.parse_keywords(&[Keyword::WITH, Keyword::CHECK, Keyword::OPTION]);
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
            let default = if self.p.consume_token(&Token::Eq) { Some(self.p.parse_expr()?) } else { None };
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
        self.p.expect_keyword(Keyword::AS)?;
        let body = self.parse_body()?;
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
            let var = self.p.parse_identifier()?;
            self.p.expect_keyword(Keyword::TABLE)?;
            self.p.expect_token(&Token::LParen)?;
            let mut cols = Vec::new();
            loop {
                if matches!(
                    self.peek_kw(),
                    Keyword::PRIMARY | Keyword::UNIQUE | Keyword::CHECK | Keyword::CONSTRAINT | Keyword::INDEX
                ) {
                    self.parse_table_constraint()?;
                } else {
                    cols.push(self.parse_column_def()?);
                }
                if !self.p.consume_token(&Token::Comma) {
                    break;
                }
            }
            self.p.expect_token(&Token::RParen)?;
            returns_table = Some((var, cols));
            kind = RoutineKind::TableFunction;
        } else {
            returns = Some(self.parse_sql_type()?);
        }
        let options = self.parse_with_options()?;
        let _ = self.p.parse_keyword(Keyword::AS);
        let body =
            if kind == RoutineKind::InlineTableFunction { self.parse_inline_body()? } else { self.parse_body()? };
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

    fn parse_trigger(&mut self, or_alter: bool, alter: bool) -> Result<Stmt, ParserError> {
        let name = self.p.parse_object_name(false)?;
        self.p.expect_keyword(Keyword::ON)?;
        let table = self.p.parse_object_name(false)?;
        let options = self.parse_with_options()?;
        let timing = if self.p.parse_keywords(&[Keyword::INSTEAD, Keyword::OF]) {
            "INSTEAD OF".to_string()
        } else {
            let k = self.p.expect_one_of_keywords(&[Keyword::AFTER, Keyword::FOR])?;
            format!("{k:?}")
        };
        let mut events = Vec::new();
        loop {
            let k = self.p.expect_one_of_keywords(&[Keyword::INSERT, Keyword::UPDATE, Keyword::DELETE])?;
            events.push(format!("{k:?}"));
            if !self.p.consume_token(&Token::Comma) {
                break;
            }
        }
        if self.peek_kw() == Keyword::WITH && self.nth_word_upper(1).as_deref() == Some("APPEND") {
            self.p.advance_token();
            self.p.advance_token();
        }
        let _ = self.p.parse_keywords(&[Keyword::NOT, Keyword::FOR, Keyword::REPLICATION]);
        self.p.expect_keyword(Keyword::AS)?;
        let body = self.parse_body()?;
        Ok(Stmt::CreateRoutine(Box::new(Routine {
            kind: RoutineKind::Trigger,
            name,
            or_alter,
            alter,
            params: Vec::new(),
            returns: None,
            returns_table: None,
            options,
            trigger: Some(TriggerDef { table, timing, events }),
            body,
            batch: self.batch_ref(),
        })))
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

    /// After `RETURN`: an optional value, absent when the next token starts a statement.
    pub(crate) fn parse_return(&mut self) -> Result<Stmt, ParserError> {
        let next = self.nth_word_upper(0).unwrap_or_default();
        let ends = matches!(self.p.peek_token_ref().token, Token::EOF | Token::SemiColon)
            || next == "END"
            || (super::driver::is_statement_word(&next) && next != "SELECT");
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
