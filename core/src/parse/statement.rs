//! Statement dispatch: which parser handles the statement at the cursor, and the small T-SQL
//! statements (`EXEC`, `SET` options, `USE`, `DROP`, opaque admin statements).

use super::ast::*;
use super::driver::Cursor;
use sqlparser::ast::{Delete, FromTable, OutputClause, SelectInto, Spanned, Statement, TableFactor};
use sqlparser::keywords::Keyword;
use sqlparser::parser::{IsOptional, Parser, ParserError};
use sqlparser::tokenizer::Token;

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
        if kw == Keyword::INSERT {
            // Before the upper-cased word below (an allocation per statement, thousands in a
            // data script): no arm that reads it takes an INSERT.
            return self.dispatch_insert();
        }
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
                    || self.nth_word_is(2, "INSENSITIVE")
                    || self.nth_word_is(2, "SCROLL") =>
            {
                self.parse_declare_cursor()
            }
            Keyword::DECLARE if self.is_table_variable() => self.parse_declare_table(),
            Keyword::DELETE => self.parse_delete(),
            Keyword::UPDATE if self.nth_word_is(1, "STATISTICS") => self.parse_opaque("update_statistics".into()),
            Keyword::FETCH => self.parse_fetch(),
            Keyword::COMMIT | Keyword::ROLLBACK => self.parse_transaction(),
            _ if word == "SAVE" && matches!(self.nth_kw(1), Keyword::TRAN | Keyword::TRANSACTION) => {
                self.parse_transaction()
            }
            // Synapse / Fabric bulk load: kept as text like BULK INSERT.
            _ if word == "COPY" && self.nth_kw(1) == Keyword::INTO => self.parse_copy_into(),
            _ if self.is_label() => self.parse_label(),
            _ if self.may_be_bare_call(kw, &word) => match self.parse_bare_call()? {
                Some(stmt) => Ok(stmt),
                None => Ok(Stmt::Sql(Box::new(self.p.parse_statement()?))),
            },
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

    /// `INSERT ... EXEC`, a data-script `INSERT ... VALUES`, or sqlparser's INSERT.
    fn dispatch_insert(&mut self) -> Result<Stmt, ParserError> {
        if self.is_insert_exec() {
            if let Some(stmt) = self.parse_insert_exec()? {
                return Ok(stmt);
            }
        } else if let Some(stmt) = self.parse_insert_values() {
            return Ok(stmt);
        }
        Ok(Stmt::Sql(Box::new(self.p.parse_statement()?)))
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
            Keyword::TABLE if self.is_create_table_as() => {
                // Synapse / Fabric `CREATE TABLE t [WITH (...)] AS SELECT` (CTAS): sqlparser's.
                self.seek(start_index);
                Ok(Stmt::Sql(Box::new(self.p.parse_statement()?)))
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
            _ if !alter && matches!(word.as_str(), "SYNONYM" | "TYPE" | "SEQUENCE" | "PARTITION") => {
                match self.parse_create_object()? {
                    Some(stmt) => Ok(stmt),
                    None => {
                        self.seek(start_index);
                        self.parse_opaque(format!("create_{}", word.to_ascii_lowercase()))
                    }
                }
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

    /// At `TABLE name`: is a `WITH (...)` or `AS` next, instead of the column list?
    fn is_create_table_as(&self) -> bool {
        let mut n = 1;
        // name: word (. word)*
        while matches!(self.p.peek_nth_token_ref(n).token, Token::Word(_)) {
            n += 1;
            if self.p.peek_nth_token_ref(n).token != Token::Period {
                break;
            }
            n += 1;
        }
        matches!(self.nth_kw(n), Keyword::AS | Keyword::WITH)
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
        if self.peek_kw() == Keyword::WITH && self.nth_word_is(1, "RECOMPILE") {
            self.p.advance_token();
            self.p.advance_token();
        }
        Ok(Stmt::Exec(Box::new(Exec { return_var, procedure, args })))
    }

    /// Raw index of the next non-whitespace token: a position [`Cursor::seek`] can return to.
    fn next_index(&self) -> usize {
        self.next_non_ws(self.p.index()).unwrap_or(self.n_tokens)
    }

    /// Whether the INSERT at the cursor is `INSERT [INTO] name [(columns)] EXEC`, decided on the
    /// raw tokens so that ordinary INSERTs (most of a data script) are not parsed twice.
    fn is_insert_exec(&self) -> bool {
        let kw = |i: Option<usize>| super::driver::keyword_of(i.map(|i| self.tok(i)));
        let mut at = self.next_non_ws(self.next_index() + 1);
        if kw(at) == Keyword::INTO {
            at = at.and_then(|i| self.next_non_ws(i + 1));
        }
        // The name: words separated by dots.
        while let Some(i) = at.filter(|&i| matches!(self.tok(i).token, Token::Word(_))) {
            at = self.next_non_ws(i + 1);
            match at {
                Some(dot) if self.tok(dot).token == Token::Period => at = self.next_non_ws(dot + 1),
                _ => break,
            }
        }
        if let Some(open) = at.filter(|&i| self.tok(i).token == Token::LParen) {
            let mut depth = 0usize;
            let close = (open..self.n_tokens).find(|&i| {
                match self.tok(i).token {
                    Token::LParen => depth += 1,
                    Token::RParen => depth -= 1,
                    _ => {}
                }
                depth == 0
            });
            at = close.and_then(|i| self.next_non_ws(i + 1));
        }
        matches!(kw(at), Keyword::EXEC | Keyword::EXECUTE)
    }

    /// A procedure call without `EXEC`, which T-SQL allows as the first statement of a batch:
    /// a name that starts no statement, before anything else in the batch.
    fn may_be_bare_call(&self, kw: Keyword, word: &str) -> bool {
        kw == Keyword::NoKeyword
            && matches!(&self.p.peek_token_ref().token, Token::Word(w) if !w.value.starts_with('@'))
            && !super::driver::is_statement_word(word)
            && !is_known_start(word)
            && (0..self.p.index()).all(|i| super::driver::is_ws(&self.tok(i).token))
    }

    /// `proc [args]` at the start of a batch, taken as `EXEC proc [args]` only when the statement
    /// then ends (end of batch, `;` or a statement word); otherwise `None` with the cursor
    /// unmoved, so an unknown word still reports as an unknown statement.
    fn parse_bare_call(&mut self) -> Result<Option<Stmt>, ParserError> {
        let start = self.next_index();
        let name_end = {
            let mut n = 1;
            while self.p.peek_nth_token_ref(n).token == Token::Period {
                n += 2;
            }
            n
        };
        // Arguments of such a call start with a variable or a literal; anything else after the
        // name (`(`, an operator, another word) is not a call.
        let first_arg_ok = match &self.p.peek_nth_token_ref(name_end).token {
            Token::EOF | Token::SemiColon => true,
            Token::Word(w) => {
                w.value.starts_with('@') || super::driver::is_statement_word(&w.value.to_ascii_uppercase())
            }
            Token::Number(..)
            | Token::SingleQuotedString(_)
            | Token::NationalStringLiteral(_)
            | Token::HexStringLiteral(_) => true,
            _ => false,
        };
        if !first_arg_ok {
            return Ok(None);
        }
        let call = self.parse_exec();
        let ends = match &self.p.peek_token_ref().token {
            Token::EOF | Token::SemiColon => true,
            Token::Word(w) if w.quote_style.is_none() => {
                let upper = w.value.to_ascii_uppercase();
                super::driver::is_statement_word(&upper) || is_known_start(&upper)
            }
            _ => false,
        };
        match call {
            Ok(stmt) if ends => Ok(Some(stmt)),
            _ => {
                self.seek(start);
                Ok(None)
            }
        }
    }

    /// `INSERT [INTO] t [(columns)] EXEC|EXECUTE ...`, or `None` (cursor unmoved) for any other
    /// INSERT, which sqlparser parses.
    fn parse_insert_exec(&mut self) -> Result<Option<Stmt>, ParserError> {
        let start = self.next_index();
        self.p.advance_token();
        let _ = self.p.parse_keyword(Keyword::INTO);
        let parsed = (|| -> Result<Option<(sqlparser::ast::ObjectName, Vec<sqlparser::ast::Ident>)>, ParserError> {
            let table = self.p.parse_object_name(false)?;
            let columns = if self.p.peek_token_ref().token == Token::LParen {
                self.p.parse_parenthesized_column_list(IsOptional::Mandatory, false)?
            } else {
                Vec::new()
            };
            Ok(matches!(self.peek_kw(), Keyword::EXEC | Keyword::EXECUTE).then_some((table, columns)))
        })();
        match parsed {
            Ok(Some((table, columns))) => {
                self.p.advance_token();
                let Stmt::Exec(exec) = self.parse_exec()? else {
                    return self.p.expected("a procedure call after EXEC", self.p.peek_token());
                };
                Ok(Some(Stmt::InsertExec { table, columns, exec }))
            }
            _ => {
                self.seek(start);
                Ok(None)
            }
        }
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
        let (columns, constraints) = self.parse_table_elements()?;
        Ok(Stmt::DeclareTable { name, columns, constraints })
    }

    /// `DELETE [FROM] target [OUTPUT ...] [FROM sources] [WHERE ...]`: T-SQL's FROM before the
    /// target is optional and its OUTPUT comes before the second FROM, which sqlparser's DELETE
    /// parser does not read (`TOP (n)` was already taken out beside the tree). Held as sqlparser's
    /// `Delete`: a lone target is its `from`; with a second FROM the target is its `tables` and
    /// the sources are its `from`.
    fn parse_delete(&mut self) -> Result<Stmt, ParserError> {
        let delete_token = self.p.next_token();
        let _ = self.p.parse_keyword(Keyword::FROM);
        let target = self.p.parse_table_and_joins()?;
        let output = self.parse_output_clause()?;
        let (tables, from) = if self.p.parse_keyword(Keyword::FROM) {
            let name = match target.relation {
                TableFactor::Table { name, alias: None, args: None, with_hints, version: None, .. }
                    if with_hints.is_empty() && target.joins.is_empty() =>
                {
                    name
                }
                other => {
                    let at = other.span().start;
                    return Err(ParserError::ParserError(format!(
                        "Expected: a table name or alias as the target before the second FROM, found: {} at Line: {}, Column: {}",
                        super::driver::excerpt(&other.to_string()),
                        at.line,
                        at.column
                    )));
                }
            };
            (vec![name], self.p.parse_comma_separated(Parser::parse_table_and_joins)?)
        } else {
            (Vec::new(), vec![target])
        };
        let selection = if self.p.parse_keyword(Keyword::WHERE) { Some(self.p.parse_expr()?) } else { None };
        Ok(Stmt::Sql(Box::new(Statement::Delete(Delete {
            delete_token: delete_token.into(),
            optimizer_hints: Vec::new(),
            tables,
            from: FromTable::WithFromKeyword(from),
            using: None,
            selection,
            returning: None,
            output,
            order_by: Vec::new(),
            limit: None,
        }))))
    }

    /// `OUTPUT items [INTO target]`, as sqlparser reads it after UPDATE and MERGE.
    fn parse_output_clause(&mut self) -> Result<Option<OutputClause>, ParserError> {
        if !self.p.parse_keyword(Keyword::OUTPUT) {
            return Ok(None);
        }
        let output_token = self.p.get_current_token().clone();
        let select_items = self.p.parse_projection()?;
        let into_table = if self.p.parse_keyword(Keyword::INTO) {
            let targets = self.p.parse_comma_separated(Parser::parse_expr)?;
            Some(SelectInto { temporary: false, unlogged: false, table: false, targets })
        } else {
            None
        };
        Ok(Some(OutputClause::Output { output_token: output_token.into(), select_items, into_table }))
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
        if self.nth_word_is(0, "DISTRIBUTED") {
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
            } else if self.nth_word_is(0, "MARK") {
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

    /// `COPY INTO table [(columns)] FROM 'location' [, ...] [WITH (options)]` (Synapse, Fabric):
    /// checked for its shape and kept as text, like `BULK INSERT`.
    fn parse_copy_into(&mut self) -> Result<Stmt, ParserError> {
        let start = self.next_start();
        self.p.advance_token();
        self.p.expect_keyword(Keyword::INTO)?;
        self.p.parse_object_name(false)?;
        if self.peek_is(&Token::LParen) {
            self.skip_parenthesized()?;
        }
        self.p.expect_keyword(Keyword::FROM)?;
        loop {
            self.p.parse_literal_string()?;
            if !self.p.consume_token(&Token::Comma) {
                break;
            }
        }
        if self.peek_kw() == Keyword::WITH && self.p.peek_nth_token_ref(1).token == Token::LParen {
            self.p.advance_token();
            self.skip_parenthesized()?;
        }
        Ok(Stmt::Opaque { kind: "copy_into".into(), text: self.text_from(start) })
    }

    /// Keep the statement as text up to the next statement boundary.
    fn parse_opaque(&mut self, kind: String) -> Result<Stmt, ParserError> {
        let start = self.next_start();
        let boundary = self.find_boundary(self.p.index());
        self.seek(boundary);
        Ok(Stmt::Opaque { kind, text: self.text_from(start) })
    }
}
