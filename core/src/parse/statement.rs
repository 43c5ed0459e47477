//! Statement dispatch: which parser handles the statement at the cursor, and the small T-SQL
//! statements (`EXEC`, `SET` options, `USE`, `DROP`, opaque admin statements).

use super::ast::*;
use super::driver::Cursor;
use sqlparser::keywords::Keyword;
use sqlparser::parser::{Parser, ParserError, ParserOptions};
use sqlparser::tokenizer::{Token, TokenWithSpan};

/// Session options of `SET <option> ON|OFF|value` (not `SET @variable = ...`).
const SESSION_OPTIONS: &[&str] = &[
    "ANSI_DEFAULTS",
    "ANSI_NULLS",
    "ANSI_NULL_DFLT_OFF",
    "ANSI_NULL_DFLT_ON",
    "ANSI_PADDING",
    "ANSI_WARNINGS",
    "ARITHABORT",
    "ARITHIGNORE",
    "CONCAT_NULL_YIELDS_NULL",
    "CONTEXT_INFO",
    "CURSOR_CLOSE_ON_COMMIT",
    "DATEFIRST",
    "DATEFORMAT",
    "DEADLOCK_PRIORITY",
    "FMTONLY",
    "FORCEPLAN",
    "IDENTITY_INSERT",
    "IMPLICIT_TRANSACTIONS",
    "LANGUAGE",
    "LOCK_TIMEOUT",
    "NOCOUNT",
    "NOEXEC",
    "NUMERIC_ROUNDABORT",
    "PARSEONLY",
    "QUOTED_IDENTIFIER",
    "ROWCOUNT",
    "SHOWPLAN_ALL",
    "SHOWPLAN_TEXT",
    "SHOWPLAN_XML",
    "STATISTICS",
    "TEXTSIZE",
    "TRANSACTION",
    "XACT_ABORT",
];

/// Statements that matter to nobody migrating data models: kept as text with their kind.
const OPAQUE_STARTS: &[&str] = &[
    "GRANT",
    "DENY",
    "REVOKE",
    "DBCC",
    "BULK",
    "ENABLE",
    "DISABLE",
    "CHECKPOINT",
    "RECONFIGURE",
    "KILL",
    "SHUTDOWN",
    "BACKUP",
    "RESTORE",
    "WAITFOR",
    "RAISERROR",
    "PRINT",
    "SETUSER",
    "READTEXT",
    "WRITETEXT",
    "UPDATETEXT",
    "RECEIVE",
    "SEND",
    "GET",
    "MOVE",
    "END",
];

/// `CREATE <word>` kinds kept as opaque statements until a later issue models them.
const OPAQUE_CREATES: &[&str] = &[
    "USER",
    "ROLE",
    "LOGIN",
    "STATISTICS",
    "SYNONYM",
    "TYPE",
    "SEQUENCE",
    "PARTITION",
    "FULLTEXT",
    "XML",
    "ASSEMBLY",
    "CERTIFICATE",
    "DATABASE",
    "APPLICATION",
    "ASYMMETRIC",
    "SYMMETRIC",
    "MASTER",
    "QUEUE",
    "SERVICE",
    "CONTRACT",
    "MESSAGE",
    "ROUTE",
    "ENDPOINT",
    "EVENT",
    "CREDENTIAL",
    "AGGREGATE",
    "DEFAULT",
    "RULE",
    "SECURITY",
    "SERVER",
    "SPATIAL",
    "PRIMARY",
    "EXTERNAL",
    "COLUMN",
    "WORKLOAD",
    "RESOURCE",
    "SELECTIVE",
    "SEARCH",
    "BROKER",
    "REMOTE",
    "CRYPTOGRAPHIC",
    "AVAILABILITY",
];

/// Words that begin statements we keep as opaque text, and other statement starts sqlparser
/// knows besides [`super::driver::STATEMENT_WORDS`].
pub(crate) fn is_known_start(word: &str) -> bool {
    OPAQUE_STARTS.contains(&word)
        || matches!(
            word,
            "CALL" | "COPY" | "EXPLAIN" | "SHOW" | "VALUES" | "CACHE" | "ANALYZE" | "DESCRIBE" | "KILL" | "LOCK"
        )
}

impl Cursor<'_> {
    /// Parse the statement at the cursor.
    pub(crate) fn dispatch(&mut self) -> Result<Stmt, ParserError> {
        let kw = self.peek_kw();
        let word = self.nth_word_upper(0).unwrap_or_default();
        match kw {
            Keyword::CREATE | Keyword::ALTER => self.parse_create_or_alter(),
            Keyword::EXEC | Keyword::EXECUTE => {
                self.p.advance_token();
                self.parse_exec()
            }
            Keyword::SET if self.is_session_option() => self.parse_set_option(),
            Keyword::USE => {
                self.p.advance_token();
                Ok(Stmt::Use(self.p.parse_identifier()?))
            }
            Keyword::BEGIN => self.parse_begin(),
            Keyword::IF => {
                self.p.advance_token();
                self.parse_if()
            }
            Keyword::WHILE => {
                self.p.advance_token();
                self.parse_while()
            }
            Keyword::RETURN => {
                self.p.advance_token();
                self.parse_return()
            }
            _ if word == "BREAK" => {
                self.p.advance_token();
                Ok(Stmt::Break)
            }
            Keyword::CONTINUE => {
                self.p.advance_token();
                Ok(Stmt::Continue)
            }
            _ if word == "GOTO" => {
                self.p.advance_token();
                Ok(Stmt::Goto(self.p.parse_identifier()?))
            }
            Keyword::DROP if self.is_simple_drop() => self.parse_drop(),
            Keyword::DECLARE
                if self.nth_kw(2) == Keyword::CURSOR
                    || self.nth_word_upper(2).as_deref() == Some("INSENSITIVE")
                    || self.nth_word_upper(2).as_deref() == Some("SCROLL") =>
            {
                self.parse_declare_cursor()
            }
            Keyword::DECLARE if self.is_table_variable() => self.parse_declare_table(),
            Keyword::DELETE if !matches!(self.nth_kw(1), Keyword::FROM | Keyword::TOP) => {
                self.parse_delete_without_from()
            }
            Keyword::UPDATE if self.nth_word_upper(1).as_deref() == Some("STATISTICS") => {
                self.parse_opaque("update_statistics".into())
            }
            Keyword::FETCH => self.parse_fetch(),
            Keyword::COMMIT | Keyword::ROLLBACK => self.parse_transaction(),
            _ if word == "SAVE" && matches!(self.nth_kw(1), Keyword::TRAN | Keyword::TRANSACTION) => {
                self.parse_transaction()
            }
            _ if self.is_label() => self.parse_label(),
            _ if word == "END" => self.p.expected("a statement (END without BEGIN)", self.p.peek_token()),
            _ if OPAQUE_STARTS.contains(&word.as_str()) => self.parse_opaque(word.to_ascii_lowercase()),
            _ => {
                let stmt = self.p.parse_statement()?;
                // `TRUNCATE TABLE t WITH (PARTITIONS (...))`: the partitions are metadata here.
                if matches!(stmt, sqlparser::ast::Statement::Truncate { .. })
                    && self.peek_kw() == Keyword::WITH
                    && self.p.peek_nth_token_ref(1).token == Token::LParen
                {
                    self.p.advance_token();
                    self.skip_parenthesized()?;
                }
                Ok(Stmt::Sql(Box::new(stmt)))
            }
        }
    }

    fn parse_create_or_alter(&mut self) -> Result<Stmt, ParserError> {
        let start_index = self.p.index();
        let alter = self.peek_kw() == Keyword::ALTER;
        self.p.advance_token();
        let or_alter = !alter && self.p.parse_keywords(&[Keyword::OR, Keyword::ALTER]);
        let kw = self.peek_kw();
        let word = self.nth_word_upper(0).unwrap_or_default();
        match kw {
            _ if matches!(word.as_str(), "VIEW" | "PROC" | "PROCEDURE" | "FUNCTION" | "TRIGGER") => {
                self.parse_create_routine(or_alter, alter)
            }
            Keyword::TABLE if alter => {
                self.p.advance_token();
                self.parse_alter_table()
            }
            Keyword::TABLE => {
                self.p.advance_token();
                self.parse_create_table()
            }
            Keyword::SCHEMA if !alter => {
                self.p.advance_token();
                self.parse_create_schema()
            }
            Keyword::UNIQUE | Keyword::INDEX if !alter => self.parse_create_index(),
            _ if !alter && matches!(word.as_str(), "CLUSTERED" | "NONCLUSTERED" | "COLUMNSTORE") => {
                self.parse_create_index()
            }
            _ if alter || OPAQUE_CREATES.contains(&word.as_str()) => {
                let kind = format!("{}_{}", if alter { "alter" } else { "create" }, word.to_ascii_lowercase());
                self.seek(start_index);
                self.parse_opaque(kind)
            }
            _ => {
                self.seek(start_index);
                Ok(Stmt::Sql(Box::new(self.p.parse_statement()?)))
            }
        }
    }

    /// `BEGIN` block, `BEGIN TRY`, or a transaction (`BEGIN TRAN`, handed to sqlparser).
    fn parse_begin(&mut self) -> Result<Stmt, ParserError> {
        let next = self.nth_kw(1);
        let next_word = self.nth_word_upper(1).unwrap_or_default();
        if next == Keyword::TRY {
            self.p.advance_token();
            self.p.advance_token();
            return self.parse_try_catch();
        }
        let is_transaction = matches!(next, Keyword::TRAN | Keyword::TRANSACTION | Keyword::WORK)
            || matches!(next_word.as_str(), "DISTRIBUTED" | "DIALOG" | "CONVERSATION")
            || matches!(self.p.peek_nth_token_ref(1).token, Token::SemiColon | Token::EOF);
        if is_transaction && !matches!(next_word.as_str(), "DIALOG" | "CONVERSATION") {
            return self.parse_transaction();
        }
        if is_transaction {
            return Ok(Stmt::Sql(Box::new(self.p.parse_statement()?)));
        }
        self.p.advance_token();
        self.parse_block()
    }

    fn is_session_option(&self) -> bool {
        match self.nth_word_upper(1) {
            Some(w) => SESSION_OPTIONS.contains(&w.as_str()),
            None => false,
        }
    }

    /// `SET opt[, opt] ON|OFF`, `SET IDENTITY_INSERT t ON`, `SET TRANSACTION ISOLATION LEVEL ...`.
    fn parse_set_option(&mut self) -> Result<Stmt, ParserError> {
        self.p.advance_token();
        let mut options = Vec::new();
        let mut target = None;
        loop {
            let w = self.nth_word_upper(0).unwrap_or_default();
            self.p.advance_token();
            if w == "IDENTITY_INSERT" {
                target = Some(self.p.parse_object_name(false)?);
            }
            options.push(w);
            if !self.p.consume_token(&Token::Comma) {
                break;
            }
        }
        // The value: ON/OFF, a number, a word, or several words (ISOLATION LEVEL READ COMMITTED).
        let mut value = Vec::new();
        let line = self.p.peek_token_ref().span.start.line;
        while !matches!(self.p.peek_token_ref().token, Token::EOF | Token::SemiColon)
            && self.p.peek_token_ref().span.start.line == line
            && value.len() < 8
        {
            let word = self.nth_word_upper(0).unwrap_or_default();
            if !value.is_empty() && super::driver::is_statement_word(&word) {
                break;
            }
            value.push(self.p.next_token().to_string());
        }
        Ok(Stmt::SetOption { options, target, value: value.join(" ") })
    }

    /// After `EXEC`/`EXECUTE`.
    fn parse_exec(&mut self) -> Result<Stmt, ParserError> {
        if self.p.consume_token(&Token::LParen) {
            let value = self.p.parse_expr()?;
            self.p.expect_token(&Token::RParen)?;
            if self.p.parse_keyword(Keyword::AT) {
                self.p.parse_identifier()?;
            }
            return Ok(Stmt::Exec(Box::new(Exec {
                return_var: None,
                procedure: None,
                args: vec![ExecArg { name: None, value: Some(value), output: false }],
            })));
        }
        let mut return_var = None;
        if matches!(&self.p.peek_token_ref().token, Token::Word(w) if w.value.starts_with('@'))
            && matches!(self.p.peek_nth_token_ref(1).token, Token::Eq)
        {
            return_var = Some(self.p.parse_identifier()?);
            self.p.advance_token();
        }
        let procedure = Some(self.p.parse_object_name(false)?);
        let mut args = Vec::new();
        if self.exec_has_args() {
            loop {
                args.push(self.parse_exec_arg()?);
                if !self.p.consume_token(&Token::Comma) {
                    break;
                }
            }
        }
        if self.peek_kw() == Keyword::WITH && self.nth_word_upper(1).as_deref() == Some("RECOMPILE") {
            self.p.advance_token();
            self.p.advance_token();
        }
        Ok(Stmt::Exec(Box::new(Exec { return_var, procedure, args })))
    }

    fn exec_has_args(&self) -> bool {
        let tok = &self.p.peek_token_ref().token;
        if matches!(tok, Token::EOF | Token::SemiColon | Token::RParen) {
            return false;
        }
        let word = self.nth_word_upper(0).unwrap_or_default();
        !(super::driver::is_statement_word(&word) || word == "END")
            || matches!(tok, Token::Word(w) if w.value.starts_with('@'))
    }

    fn parse_exec_arg(&mut self) -> Result<ExecArg, ParserError> {
        let mut name = None;
        if matches!(&self.p.peek_token_ref().token, Token::Word(w) if w.value.starts_with('@'))
            && matches!(self.p.peek_nth_token_ref(1).token, Token::Eq)
        {
            name = Some(self.p.parse_identifier()?);
            self.p.advance_token();
        }
        let value = if self.p.parse_keyword(Keyword::DEFAULT) { None } else { Some(self.p.parse_expr()?) };
        let output = matches!(self.nth_word_upper(0).as_deref(), Some("OUT") | Some("OUTPUT"));
        if output {
            self.p.advance_token();
        }
        Ok(ExecArg { name, value, output })
    }

    /// `DECLARE @t [AS] TABLE (...)`?
    fn is_table_variable(&self) -> bool {
        let var = matches!(&self.p.peek_nth_token_ref(1).token, Token::Word(w) if w.value.starts_with('@'));
        var && (self.nth_kw(2) == Keyword::TABLE || (self.nth_kw(2) == Keyword::AS && self.nth_kw(3) == Keyword::TABLE))
    }

    /// `DECLARE @t [AS] TABLE (column definitions and constraints)`.
    fn parse_declare_table(&mut self) -> Result<Stmt, ParserError> {
        self.p.advance_token();
        let name = self.p.parse_identifier()?;
        let _ = self.p.parse_keyword(Keyword::AS);
        self.p.expect_keyword(Keyword::TABLE)?;
        self.p.expect_token(&Token::LParen)?;
        let mut columns = Vec::new();
        let mut constraints = Vec::new();
        loop {
            if matches!(
                self.peek_kw(),
                Keyword::CONSTRAINT | Keyword::PRIMARY | Keyword::UNIQUE | Keyword::CHECK | Keyword::INDEX
            ) {
                if self.peek_kw() == Keyword::INDEX {
                    // Inline index: `INDEX ix [CLUSTERED] (cols)`.
                    self.p.advance_token();
                    self.p.parse_identifier()?;
                    while !matches!(self.p.peek_token_ref().token, Token::Comma | Token::RParen | Token::EOF) {
                        if self.p.peek_token_ref().token == Token::LParen {
                            self.skip_parenthesized()?;
                        } else {
                            self.p.advance_token();
                        }
                    }
                } else {
                    constraints.push(self.parse_table_constraint()?);
                }
            } else {
                columns.push(self.parse_column_def()?);
            }
            if !self.p.consume_token(&Token::Comma) || self.p.peek_token_ref().token == Token::RParen {
                break;
            }
        }
        self.p.expect_token(&Token::RParen)?;
        Ok(Stmt::DeclareTable { name, columns, constraints })
    }

    /// `DELETE t WHERE ...`: FROM is optional in T-SQL but required by sqlparser. The statement is
    /// parsed from a copy of the tokens with `FROM` inserted, then the cursor skips what it used.
    fn parse_delete_without_from(&mut self) -> Result<Stmt, ParserError> {
        let at = self.next_non_ws(self.p.index()).unwrap_or(self.n_tokens);
        if at >= self.n_tokens {
            return self.p.expected("DELETE", self.p.peek_token());
        }
        let delete = self.tok(at).clone();
        let from = TokenWithSpan {
            token: Token::make_keyword("FROM"),
            span: sqlparser::tokenizer::Span::new(delete.span.end, delete.span.end),
        };
        let mut tokens = Vec::with_capacity(self.n_tokens - at + 1);
        tokens.push(delete);
        tokens.push(from);
        tokens.extend((at + 1..self.n_tokens).map(|i| self.tok(i).clone()));
        let options = ParserOptions { require_semicolon_stmt_delimiter: false, ..ParserOptions::new() };
        let mut sub = Parser::new(&super::driver::DIALECT).with_options(options).with_tokens_with_locations(tokens);
        let stmt = sub.parse_statement()?;
        // The copy has one extra token; land on the same token in the real stream.
        self.seek(at + sub.index() - 1);
        Ok(Stmt::Sql(Box::new(stmt)))
    }

    /// `DECLARE c [INSENSITIVE] [SCROLL] CURSOR [LOCAL|GLOBAL|FAST_FORWARD|...] FOR query [FOR UPDATE [OF cols] | FOR READ ONLY]`.
    fn parse_declare_cursor(&mut self) -> Result<Stmt, ParserError> {
        self.p.advance_token();
        let name = self.p.parse_identifier()?;
        let mut options = Vec::new();
        loop {
            let tok = self.p.next_token();
            match &tok.token {
                Token::Word(w) if w.keyword == Keyword::FOR => break,
                Token::Word(w) if w.keyword == Keyword::CURSOR => {}
                Token::Word(w) => options.push(w.value.to_ascii_uppercase()),
                _ => return self.p.expected("cursor options or FOR", tok),
            }
        }
        let query = self.p.parse_query()?;
        if self.peek_kw() == Keyword::FOR {
            self.p.advance_token();
            if self.p.parse_keyword(Keyword::UPDATE) {
                if self.p.parse_keyword(Keyword::OF) {
                    loop {
                        self.p.parse_identifier()?;
                        if !self.p.consume_token(&Token::Comma) {
                            break;
                        }
                    }
                }
            } else {
                self.p.expect_keyword(Keyword::READ)?;
                self.p.expect_keyword(Keyword::ONLY)?;
            }
        }
        Ok(Stmt::DeclareCursor { name, options, query })
    }

    /// `FETCH [direction] [FROM] [GLOBAL] cursor [INTO @a, ...]`.
    fn parse_fetch(&mut self) -> Result<Stmt, ParserError> {
        self.p.advance_token();
        let mut direction = "NEXT".to_string();
        let word = self.nth_word_upper(0).unwrap_or_default();
        if matches!(word.as_str(), "NEXT" | "PRIOR" | "FIRST" | "LAST") {
            self.p.advance_token();
            direction = word;
        } else if matches!(word.as_str(), "ABSOLUTE" | "RELATIVE") {
            self.p.advance_token();
            let n = self.p.parse_expr()?;
            direction = format!("{word} {n}");
        }
        let _ = self.p.parse_keyword(Keyword::FROM);
        let _ = self.p.parse_keyword(Keyword::GLOBAL);
        let cursor = self.p.parse_identifier()?;
        let mut into = Vec::new();
        if self.p.parse_keyword(Keyword::INTO) {
            loop {
                into.push(self.p.parse_identifier()?);
                if !self.p.consume_token(&Token::Comma) {
                    break;
                }
            }
        }
        Ok(Stmt::Fetch { direction, cursor, into })
    }

    /// `BEGIN [DISTRIBUTED] TRAN[SACTION] [name|@v] [WITH MARK ['d']]`,
    /// `COMMIT|ROLLBACK [TRAN[SACTION]|WORK] [name|@v] [WITH (DELAYED_DURABILITY = ON|OFF)]`,
    /// `SAVE TRAN[SACTION] name|@v`.
    fn parse_transaction(&mut self) -> Result<Stmt, ParserError> {
        let action = match self.nth_word_upper(0).as_deref() {
            Some("BEGIN") => TransactionAction::Begin,
            Some("COMMIT") => TransactionAction::Commit,
            Some("ROLLBACK") => TransactionAction::Rollback,
            _ => TransactionAction::Save,
        };
        let line = self.p.peek_token_ref().span.start.line;
        self.p.advance_token();
        if self.nth_word_upper(0).as_deref() == Some("DISTRIBUTED") {
            self.p.advance_token();
        }
        let _ = self.p.parse_one_of_keywords(&[Keyword::TRAN, Keyword::TRANSACTION, Keyword::WORK]);
        // A name follows on the same line, unless the next word starts a statement.
        let mut name = None;
        let next = &self.p.peek_token_ref();
        if next.span.start.line == line {
            if let Token::Word(w) = &next.token {
                let upper = w.value.to_ascii_uppercase();
                let is_name = w.quote_style.is_some()
                    || (!super::driver::is_statement_word(&upper)
                        && !matches!(upper.as_str(), "END" | "WITH" | "ELSE"));
                if is_name {
                    name = Some(w.value.clone());
                    self.p.advance_token();
                }
            }
        }
        if self.peek_kw() == Keyword::WITH {
            self.p.advance_token();
            if self.p.peek_token_ref().token == Token::LParen {
                self.skip_parenthesized()?; // (DELAYED_DURABILITY = ON|OFF)
            } else if self.nth_word_upper(0).as_deref() == Some("MARK") {
                self.p.advance_token();
                if matches!(
                    self.p.peek_token_ref().token,
                    Token::SingleQuotedString(_) | Token::NationalStringLiteral(_)
                ) {
                    self.p.advance_token();
                }
            } else {
                return self.p.expected("MARK or (DELAYED_DURABILITY = ...)", self.p.peek_token());
            }
        }
        Ok(Stmt::Transaction { action, name })
    }

    fn is_simple_drop(&self) -> bool {
        matches!(
            self.nth_word_upper(1).as_deref(),
            Some("TABLE" | "VIEW" | "PROC" | "PROCEDURE" | "FUNCTION" | "TRIGGER" | "SYNONYM" | "SEQUENCE" | "TYPE")
        )
    }

    fn parse_drop(&mut self) -> Result<Stmt, ParserError> {
        self.p.advance_token();
        let mut kind = self.nth_word_upper(0).unwrap_or_default().to_ascii_lowercase();
        if kind == "proc" {
            kind = "procedure".into();
        }
        self.p.advance_token();
        let if_exists = self.p.parse_keywords(&[Keyword::IF, Keyword::EXISTS]);
        let mut names = Vec::new();
        loop {
            names.push(self.p.parse_object_name(false)?);
            if !self.p.consume_token(&Token::Comma) {
                break;
            }
        }
        Ok(Stmt::Drop { kind, names, if_exists })
    }

    /// Keep the statement as text up to the next statement boundary.
    fn parse_opaque(&mut self, kind: String) -> Result<Stmt, ParserError> {
        let start = self.next_start();
        let boundary = self.find_boundary(self.p.index());
        self.seek(boundary);
        Ok(Stmt::Opaque { kind, text: self.text_from(start) })
    }
}
