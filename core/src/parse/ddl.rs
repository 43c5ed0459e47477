//! T-SQL table DDL as SSMS and SSDT write it: `CREATE TABLE` with storage clauses, the `ALTER TABLE`
//! forms, `CREATE INDEX`, `CREATE SCHEMA`. sqlparser fails on all of these (see FACTS.md), so we
//! parse them with its primitives (identifiers, expressions) into our own nodes.

use super::ast::*;
use super::driver::Cursor;
use sqlparser::ast::{Expr, Ident};
use sqlparser::keywords::Keyword;
use sqlparser::parser::ParserError;
use sqlparser::tokenizer::Token;

impl Cursor<'_> {
    /// After `CREATE TABLE`.
    pub(crate) fn parse_create_table(&mut self) -> Result<Stmt, ParserError> {
        let name = self.p.parse_object_name(false)?;
        let (columns, constraints) = self.parse_table_elements()?;
        let (filegroup, textimage_on) = self.parse_storage()?;
        Ok(Stmt::CreateTable(Box::new(CreateTable { name, columns, constraints, filegroup, textimage_on })))
    }

    /// `(element, ...)` of `CREATE TABLE`, `DECLARE @t TABLE`, `RETURNS @t TABLE` and
    /// `CREATE TYPE ... AS TABLE`: columns and table constraints. Inline indexes
    /// (`INDEX ix [NONCLUSTERED] (cols)`) and `PERIOD FOR SYSTEM_TIME (...)` are storage metadata
    /// and skipped. A trailing comma is tolerated: SQL Server rejects it, but scripts have it.
    pub(crate) fn parse_table_elements(&mut self) -> Result<(Vec<ColumnDef>, Vec<TableConstraint>), ParserError> {
        self.p.expect_token(&Token::LParen)?;
        let mut columns = Vec::new();
        let mut constraints = Vec::new();
        loop {
            if self.peek_is(&Token::RParen) {
                break;
            }
            if self.starts_table_constraint() {
                constraints.push(self.parse_table_constraint()?);
            } else if self.peek_kw() == Keyword::INDEX {
                self.p.advance_token();
                self.p.parse_identifier()?;
                self.skip_until_comma_or_close()?;
            } else if self.peek_kw() == Keyword::PERIOD {
                self.skip_until_comma_or_close()?;
            } else {
                columns.push(self.parse_column_def()?);
            }
            if !self.p.consume_token(&Token::Comma) {
                break;
            }
        }
        self.p.expect_token(&Token::RParen)?;
        Ok((columns, constraints))
    }

    /// `ON fg | ON scheme(col)`, `TEXTIMAGE_ON fg`, `FILESTREAM_ON fg`, `WITH (...)`, in any order.
    fn parse_storage(&mut self) -> Result<(Option<String>, Option<String>), ParserError> {
        let mut filegroup = None;
        let mut textimage = None;
        loop {
            if self.peek_kw() == Keyword::ON {
                self.p.advance_token();
                filegroup = Some(self.p.parse_identifier()?.value);
                if self.peek_is(&Token::LParen) {
                    self.skip_parenthesized()?;
                }
            } else if matches!(self.nth_word_upper(0).as_deref(), Some("TEXTIMAGE_ON") | Some("FILESTREAM_ON")) {
                let is_textimage = self.nth_word_is(0, "TEXTIMAGE_ON");
                self.p.advance_token();
                let fg = self.p.parse_identifier()?.value;
                if is_textimage {
                    textimage = Some(fg);
                }
            } else if self.peek_kw() == Keyword::WITH && matches!(self.p.peek_nth_token_ref(1).token, Token::LParen) {
                self.p.advance_token();
                self.skip_parenthesized()?;
            } else {
                return Ok((filegroup, textimage));
            }
        }
    }

    fn starts_table_constraint(&self) -> bool {
        matches!(
            self.peek_kw(),
            Keyword::CONSTRAINT | Keyword::PRIMARY | Keyword::UNIQUE | Keyword::FOREIGN | Keyword::CHECK
        )
    }

    /// A column definition (`name type options` or `name AS (expr) [PERSISTED]`).
    pub(crate) fn parse_column_def(&mut self) -> Result<ColumnDef, ParserError> {
        let start = self.next_start();
        let name = self.p.parse_identifier()?;
        let mut col = ColumnDef {
            name,
            data_type: None,
            computed: None,
            nullable: None,
            identity: None,
            default: None,
            collation: None,
            constraints: Vec::new(),
            span: self.span_from(start),
        };
        if self.p.parse_keyword(Keyword::AS) {
            let expr = self.p.parse_expr()?;
            let persisted = self.nth_word_is(0, "PERSISTED");
            if persisted {
                self.p.advance_token();
            }
            col.computed = Some(Computed { expr, persisted });
        } else {
            col.data_type = Some(self.parse_sql_type()?);
        }
        self.parse_column_options(&mut col)?;
        col.span = self.span_from(start);
        Ok(col)
    }

    fn parse_column_options(&mut self, col: &mut ColumnDef) -> Result<(), ParserError> {
        loop {
            let kw = self.peek_kw();
            match kw {
                Keyword::NOT if self.nth_kw(1) == Keyword::NULL => {
                    self.p.advance_token();
                    self.p.advance_token();
                    col.nullable = Some(false);
                }
                Keyword::NOT if self.nth_kw(1) == Keyword::FOR => {
                    // NOT FOR REPLICATION
                    self.p.advance_token();
                    self.p.advance_token();
                    self.p.advance_token();
                }
                Keyword::NULL => {
                    self.p.advance_token();
                    col.nullable = Some(true);
                }
                Keyword::IDENTITY => {
                    self.p.advance_token();
                    col.identity = Some(self.parse_identity_args()?);
                }
                Keyword::COLLATE => {
                    self.p.advance_token();
                    col.collation = Some(self.p.parse_identifier()?.value);
                }
                Keyword::DEFAULT => {
                    self.p.advance_token();
                    col.default = Some(DefaultDef { name: None, expr: self.parse_default_expr()? });
                }
                Keyword::CONSTRAINT if self.nth_kw(2) == Keyword::DEFAULT => {
                    self.p.advance_token();
                    let name = Some(self.p.parse_identifier()?);
                    self.p.advance_token();
                    col.default = Some(DefaultDef { name, expr: self.parse_default_expr()? });
                }
                Keyword::CONSTRAINT
                | Keyword::PRIMARY
                | Keyword::UNIQUE
                | Keyword::REFERENCES
                | Keyword::FOREIGN
                | Keyword::CHECK => {
                    let c = self.parse_column_constraint(&col.name)?;
                    col.constraints.push(c);
                }
                _ => match self.nth_word_upper(0).as_deref() {
                    Some("ROWGUIDCOL") | Some("SPARSE") | Some("FILESTREAM") | Some("PERSISTED") | Some("HIDDEN") => {
                        self.p.advance_token();
                    }
                    Some("MASKED") => {
                        self.p.advance_token();
                        self.p.expect_keyword(Keyword::WITH)?;
                        self.skip_parenthesized()?;
                    }
                    Some("GENERATED") => {
                        // GENERATED ALWAYS AS ROW START|END [HIDDEN]
                        for _ in 0..5 {
                            self.p.advance_token();
                        }
                    }
                    _ => return Ok(()),
                },
            }
        }
    }

    /// `DEFAULT` values come parenthesised (`((0))`); keep the inner expression.
    fn parse_default_expr(&mut self) -> Result<Expr, ParserError> {
        let expr = self.p.parse_expr()?;
        if self.peek_kw() == Keyword::WITH && self.nth_word_is(1, "VALUES") {
            self.p.advance_token();
            self.p.advance_token();
        }
        Ok(strip_nested(expr))
    }

    fn parse_identity_args(&mut self) -> Result<(i64, i64), ParserError> {
        if !self.p.consume_token(&Token::LParen) {
            return Ok((1, 1));
        }
        let seed = self.parse_signed_int()?;
        self.p.expect_token(&Token::Comma)?;
        let inc = self.parse_signed_int()?;
        self.p.expect_token(&Token::RParen)?;
        Ok((seed, inc))
    }

    fn parse_signed_int(&mut self) -> Result<i64, ParserError> {
        let neg = self.p.consume_token(&Token::Minus);
        let tok = self.p.next_token();
        match &tok.token {
            Token::Number(n, _) => match n.parse::<i64>() {
                Ok(v) => Ok(if neg { -v } else { v }),
                Err(_) => self.p.expected("an integer", tok),
            },
            _ => self.p.expected("an integer", tok),
        }
    }

    /// An inline column constraint; a `PRIMARY KEY` without a column list applies to this column.
    fn parse_column_constraint(&mut self, column: &Ident) -> Result<TableConstraint, ParserError> {
        let start = self.next_start();
        let name = if self.p.parse_keyword(Keyword::CONSTRAINT) { Some(self.p.parse_identifier()?) } else { None };
        let kind = match self.peek_kw() {
            Keyword::PRIMARY | Keyword::UNIQUE => self.parse_key_constraint(Some(column))?,
            Keyword::FOREIGN | Keyword::REFERENCES => {
                if self.p.parse_keyword(Keyword::FOREIGN) {
                    self.p.expect_keyword(Keyword::KEY)?;
                }
                self.parse_references(vec![column.clone()])?
            }
            Keyword::CHECK => self.parse_check()?,
            _ => return self.p.expected("a column constraint", self.p.peek_token()),
        };
        Ok(TableConstraint { name, kind, span: self.span_from(start) })
    }

    /// `[CONSTRAINT name] PRIMARY KEY|UNIQUE|FOREIGN KEY|CHECK|DEFAULT ...` at table level.
    pub(crate) fn parse_table_constraint(&mut self) -> Result<TableConstraint, ParserError> {
        let start = self.next_start();
        let name = if self.p.parse_keyword(Keyword::CONSTRAINT) { Some(self.p.parse_identifier()?) } else { None };
        let kind = match self.peek_kw() {
            Keyword::PRIMARY | Keyword::UNIQUE => self.parse_key_constraint(None)?,
            Keyword::FOREIGN => {
                self.p.advance_token();
                self.p.expect_keyword(Keyword::KEY)?;
                let columns = self.parse_index_columns()?;
                self.parse_references(columns)?
            }
            Keyword::CHECK => self.parse_check()?,
            Keyword::DEFAULT => {
                self.p.advance_token();
                let expr = self.parse_default_expr()?;
                self.p.expect_keyword(Keyword::FOR)?;
                let column = self.p.parse_identifier()?;
                if self.peek_kw() == Keyword::WITH && self.nth_word_is(1, "VALUES") {
                    self.p.advance_token();
                    self.p.advance_token();
                }
                ConstraintKind::Default { expr, column }
            }
            _ => return self.p.expected("PRIMARY KEY, UNIQUE, FOREIGN KEY, CHECK or DEFAULT", self.p.peek_token()),
        };
        Ok(TableConstraint { name, kind, span: self.span_from(start) })
    }

    /// `PRIMARY KEY|UNIQUE [CLUSTERED|NONCLUSTERED] [(cols)] [WITH (...)] [ON fg]`. An inline
    /// column constraint may omit the column list: it then covers `column`.
    fn parse_key_constraint(&mut self, column: Option<&Ident>) -> Result<ConstraintKind, ParserError> {
        let primary = self.peek_kw() == Keyword::PRIMARY;
        self.p.advance_token();
        if primary {
            self.p.expect_keyword(Keyword::KEY)?;
        }
        let clustered = self.parse_clustered();
        let columns = match column {
            Some(c) if !self.peek_is(&Token::LParen) => vec![c.clone()],
            _ => self.parse_index_columns()?,
        };
        self.skip_index_options()?;
        Ok(if primary {
            ConstraintKind::PrimaryKey { columns, clustered }
        } else {
            ConstraintKind::Unique { columns, clustered }
        })
    }

    fn parse_clustered(&mut self) -> Option<bool> {
        match self.nth_word_upper(0).as_deref() {
            Some("CLUSTERED") => {
                self.p.advance_token();
                Some(true)
            }
            Some("NONCLUSTERED") => {
                self.p.advance_token();
                Some(false)
            }
            _ => None,
        }
    }

    /// `(col [ASC|DESC], ...)`.
    pub(crate) fn parse_index_columns(&mut self) -> Result<Vec<Ident>, ParserError> {
        self.p.expect_token(&Token::LParen)?;
        let mut cols = Vec::new();
        loop {
            cols.push(self.p.parse_identifier()?);
            let _ = self.p.parse_one_of_keywords(&[Keyword::ASC, Keyword::DESC]);
            if !self.p.consume_token(&Token::Comma) {
                break;
            }
        }
        self.p.expect_token(&Token::RParen)?;
        Ok(cols)
    }

    /// `WITH (PAD_INDEX = OFF, ...)`, `WITH FILLFACTOR = n`, `ON [PRIMARY]` after a key or index.
    fn skip_index_options(&mut self) -> Result<(), ParserError> {
        loop {
            if self.peek_kw() == Keyword::WITH && matches!(self.p.peek_nth_token_ref(1).token, Token::LParen) {
                self.p.advance_token();
                self.skip_parenthesized()?;
            } else if self.peek_kw() == Keyword::WITH && self.nth_word_is(1, "FILLFACTOR") {
                for _ in 0..4 {
                    self.p.advance_token();
                }
            } else if self.peek_kw() == Keyword::ON {
                self.p.advance_token();
                self.p.parse_identifier()?;
                if self.peek_is(&Token::LParen) {
                    self.skip_parenthesized()?;
                }
            } else {
                return Ok(());
            }
        }
    }

    fn parse_references(&mut self, columns: Vec<Ident>) -> Result<ConstraintKind, ParserError> {
        self.p.expect_keyword(Keyword::REFERENCES)?;
        let references = self.p.parse_object_name(false)?;
        let referenced_columns = if self.peek_is(&Token::LParen) { self.parse_index_columns()? } else { Vec::new() };
        let mut on_delete = None;
        let mut on_update = None;
        while self.peek_kw() == Keyword::ON {
            self.p.advance_token();
            let which = self.p.expect_one_of_keywords(&[Keyword::DELETE, Keyword::UPDATE])?;
            let action = if self.p.parse_keywords(&[Keyword::NO, Keyword::ACTION]) {
                "NO ACTION"
            } else if self.p.parse_keyword(Keyword::CASCADE) {
                "CASCADE"
            } else if self.p.parse_keywords(&[Keyword::SET, Keyword::NULL]) {
                "SET NULL"
            } else if self.p.parse_keywords(&[Keyword::SET, Keyword::DEFAULT]) {
                "SET DEFAULT"
            } else {
                return self.p.expected("NO ACTION, CASCADE, SET NULL or SET DEFAULT", self.p.peek_token());
            };
            if which == Keyword::DELETE {
                on_delete = Some(action.to_string());
            } else {
                on_update = Some(action.to_string());
            }
        }
        if self.p.parse_keywords(&[Keyword::NOT, Keyword::FOR]) {
            self.p.advance_token(); // REPLICATION
        }
        Ok(ConstraintKind::ForeignKey { columns, references, referenced_columns, on_delete, on_update })
    }

    fn parse_check(&mut self) -> Result<ConstraintKind, ParserError> {
        self.p.expect_keyword(Keyword::CHECK)?;
        if self.p.parse_keywords(&[Keyword::NOT, Keyword::FOR]) {
            self.p.advance_token();
        }
        let expr = self.p.parse_expr()?;
        Ok(ConstraintKind::Check { expr: strip_nested(expr) })
    }

    /// After `ALTER TABLE`.
    pub(crate) fn parse_alter_table(&mut self) -> Result<Stmt, ParserError> {
        let start = self.next_start();
        let name = self.p.parse_object_name(false)?;
        let mut with_check = None;
        if self.peek_kw() == Keyword::WITH {
            match self.nth_kw(1) {
                Keyword::CHECK => with_check = Some(true),
                _ if self.nth_word_is(1, "NOCHECK") => with_check = Some(false),
                _ => {}
            }
            if with_check.is_some() {
                self.p.advance_token();
                self.p.advance_token();
            }
        }
        let action = if self.p.parse_keyword(Keyword::ADD) {
            let mut columns = Vec::new();
            let mut constraints = Vec::new();
            loop {
                if self.starts_table_constraint() || self.peek_kw() == Keyword::DEFAULT {
                    constraints.push(self.parse_table_constraint()?);
                } else {
                    columns.push(self.parse_column_def()?);
                }
                if !self.p.consume_token(&Token::Comma) {
                    break;
                }
            }
            AlterTableAction::Add { with_check, columns, constraints }
        } else if self.peek_kw() == Keyword::CHECK || self.nth_word_is(0, "NOCHECK") {
            let enable = self.peek_kw() == Keyword::CHECK;
            self.p.advance_token();
            self.p.expect_keyword(Keyword::CONSTRAINT)?;
            let mut names = Vec::new();
            if !self.p.parse_keyword(Keyword::ALL) {
                loop {
                    names.push(self.p.parse_identifier()?);
                    if !self.p.consume_token(&Token::Comma) {
                        break;
                    }
                }
            }
            AlterTableAction::CheckConstraint { enable, names }
        } else if self.p.parse_keyword(Keyword::DROP) {
            let mut columns = Vec::new();
            let mut constraints = Vec::new();
            let mut is_column = false;
            loop {
                if self.p.parse_keyword(Keyword::COLUMN) {
                    is_column = true;
                } else if self.p.parse_keyword(Keyword::CONSTRAINT) {
                    is_column = false;
                }
                let _ = self.p.parse_keywords(&[Keyword::IF, Keyword::EXISTS]);
                let ident = self.p.parse_identifier()?;
                if is_column {
                    columns.push(ident);
                } else {
                    constraints.push(ident);
                }
                if !self.p.consume_token(&Token::Comma) {
                    break;
                }
            }
            AlterTableAction::Drop { columns, constraints }
        } else if self.p.parse_keywords(&[Keyword::ALTER, Keyword::COLUMN]) {
            let column = self.p.parse_identifier()?;
            let data_type = self.parse_sql_type()?;
            let _ = self.p.parse_keyword(Keyword::COLLATE).then(|| self.p.parse_identifier());
            let nullable = if self.p.parse_keywords(&[Keyword::NOT, Keyword::NULL]) {
                Some(false)
            } else if self.p.parse_keyword(Keyword::NULL) {
                Some(true)
            } else {
                None
            };
            AlterTableAction::AlterColumn { column, data_type, nullable }
        } else {
            // SWITCH, SET (...), ENABLE/DISABLE TRIGGER, REBUILD: keep the text up to the boundary.
            let boundary = self.find_boundary(self.p.index());
            self.seek(boundary);
            AlterTableAction::Other { text: self.text_from(start) }
        };
        Ok(Stmt::AlterTable(Box::new(AlterTable { name, action })))
    }

    /// After `CREATE`, at `[UNIQUE] [CLUSTERED|NONCLUSTERED] [COLUMNSTORE] INDEX`.
    pub(crate) fn parse_create_index(&mut self) -> Result<Stmt, ParserError> {
        let unique = self.p.parse_keyword(Keyword::UNIQUE);
        let clustered = self.parse_clustered();
        let columnstore = self.nth_word_is(0, "COLUMNSTORE");
        if columnstore {
            self.p.advance_token();
        }
        self.p.expect_keyword(Keyword::INDEX)?;
        let name = self.p.parse_identifier()?;
        self.p.expect_keyword(Keyword::ON)?;
        let table = self.p.parse_object_name(false)?;
        let columns = if self.peek_is(&Token::LParen) { self.parse_index_columns()? } else { Vec::new() };
        let include = if self.nth_word_is(0, "INCLUDE") {
            self.p.advance_token();
            self.parse_index_columns()?
        } else {
            Vec::new()
        };
        let filter = if self.p.parse_keyword(Keyword::WHERE) { Some(self.p.parse_expr()?) } else { None };
        self.skip_index_options()?;
        Ok(Stmt::CreateIndex(Box::new(CreateIndex {
            name,
            table,
            unique,
            clustered,
            columnstore,
            columns,
            include,
            filter,
        })))
    }

    /// After `CREATE SCHEMA`.
    pub(crate) fn parse_create_schema(&mut self) -> Result<Stmt, ParserError> {
        let name = self.p.parse_identifier()?;
        let authorization =
            if self.p.parse_keyword(Keyword::AUTHORIZATION) { Some(self.p.parse_identifier()?) } else { None };
        Ok(Stmt::CreateSchema { name, authorization })
    }

    /// Skip a balanced `( ... )`.
    pub(crate) fn skip_parenthesized(&mut self) -> Result<(), ParserError> {
        self.p.expect_token(&Token::LParen)?;
        let mut depth = 1usize;
        while depth > 0 {
            let tok = self.p.next_token();
            match tok.token {
                Token::LParen => depth += 1,
                Token::RParen => depth -= 1,
                Token::EOF => return self.p.expected(")", tok),
                _ => {}
            }
        }
        Ok(())
    }

    /// Skip to the next `,` or `)` at this nesting level (not consuming it).
    fn skip_until_comma_or_close(&mut self) -> Result<(), ParserError> {
        loop {
            match &self.p.peek_token_ref().token {
                Token::Comma | Token::RParen => return Ok(()),
                Token::LParen => self.skip_parenthesized()?,
                Token::EOF => return self.p.expected(", or )", self.p.peek_token()),
                _ => self.p.advance_token(),
            }
        }
    }
}

/// `((0))` → `0`: SQL Server stores defaults and checks with redundant parentheses.
pub(crate) fn strip_nested(expr: Expr) -> Expr {
    match expr {
        Expr::Nested(inner) => strip_nested(*inner),
        other => other,
    }
}
