//! The statement loop: one sqlparser `Parser` over a batch's tokens, our own parsers for the T-SQL
//! statements sqlparser lacks, and recovery that turns a failing statement into `Stmt::Unparsed` and
//! resumes at the next statement boundary.

use super::ast::{ParsedStatement, Stmt};
use super::dialect::TsqlDialect;
use crate::diagnostics::{Code, Diagnostic, LineIndex, Span};

use crate::source::Batch;
use sqlparser::keywords::Keyword;
use sqlparser::parser::{Parser, ParserError, ParserOptions};
use sqlparser::tokenizer::{Location, Token, TokenWithSpan, Tokenizer, Whitespace};
use std::sync::Arc;

/// How deep our own block structure (BEGIN/IF/WHILE) may nest before it is a diagnostic.
const MAX_BLOCK_DEPTH: usize = 128;

/// Longest run of infix operators (`a + b + c ...`) a statement may have. sqlparser builds such
/// chains as a left-deep tree, and every later walk over the tree recurses once per operator, so a
/// generated 20,000-term expression would overflow the stack; real code stays far below this.
const MAX_OPERATOR_CHAIN: usize = 2_000;

/// Maps sqlparser locations (1-based line/char column within the batch text) to file spans.
pub(crate) struct SpanMap<'b> {
    batch: &'b Batch,
    index: &'b LineIndex,
}

impl<'b> SpanMap<'b> {
    pub(crate) fn new(batch: &'b Batch) -> Self {
        SpanMap { batch, index: batch.line_index() }
    }

    /// Byte offset in the batch text of a location.
    pub(crate) fn batch_offset(&self, loc: Location) -> u32 {
        if loc.line == 0 {
            return 0;
        }
        self.index.offset(&self.batch.text, loc.line as u32, loc.column as u32).unwrap_or(self.batch.text.len() as u32)
    }

    /// File span between two locations (end exclusive).
    pub(crate) fn span(&self, start: Location, end: Location) -> Span {
        let s = self.batch_offset(start);
        let e = self.batch_offset(end).max(s);
        self.batch.span(s, e)
    }

    pub(crate) fn batch(&self) -> &'b Batch {
        self.batch
    }

    pub(crate) fn text(&self, start: Location, end: Location) -> &'b str {
        let s = self.batch_offset(start) as usize;
        let e = (self.batch_offset(end) as usize).max(s);
        self.batch.text.get(s..e).unwrap_or("")
    }

    pub(crate) fn end_of_batch(&self) -> Location {
        let lines = self.index.line_count() as u64;
        let last_start = self.index.offset(&self.batch.text, lines as u32, 1).unwrap_or(0) as usize;
        let col = self.batch.text[last_start..].chars().count() as u64 + 1;
        Location::new(lines, col)
    }
}

/// What ends a statement list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Until {
    /// The end of the batch.
    Eof,
    /// `END` (of `BEGIN ... END`, `BEGIN TRY ... END TRY`, `BEGIN CATCH ... END CATCH`).
    End,
}

/// Parser state for one batch.
pub(crate) struct Cursor<'a> {
    pub(crate) p: Parser<'a>,
    /// Number of raw tokens (whitespace included) the parser holds; [`Cursor::tok`] reads them.
    pub(crate) n_tokens: usize,
    pub(crate) map: SpanMap<'a>,
    pub(crate) diagnostics: Vec<Diagnostic>,
    depth: usize,
    /// Whether any operator run in the batch is long enough to need the per-statement check.
    check_chains: bool,
    /// Clause parts taken out of the tokens, waiting for their statement (see `clauses`).
    pub(crate) pending: Vec<super::clauses::Pending>,
    /// The batch when the caller shares it: views and routines then point to it instead of
    /// holding a copy.
    shared: Option<&'a Arc<Batch>>,
}

pub(crate) static DIALECT: TsqlDialect = TsqlDialect::new();

/// Parse every statement of a batch. Never panics on user input.
pub fn parse_batch(batch: &Batch) -> (Vec<ParsedStatement>, Vec<Diagnostic>) {
    parse_batch_in(batch, None)
}

/// [`parse_batch`] of a shared batch: the views and routines found point to it.
pub fn parse_shared_batch(batch: &Arc<Batch>) -> (Vec<ParsedStatement>, Vec<Diagnostic>) {
    parse_batch_in(batch, Some(batch))
}

fn parse_batch_in<'a>(batch: &'a Batch, shared: Option<&'a Arc<Batch>>) -> (Vec<ParsedStatement>, Vec<Diagnostic>) {
    let map = SpanMap::new(batch);
    // Our tokenizer covers what scripts are made of; sqlparser's takes the rest (and its errors).
    // Spaces and tabs are left out: the parser skips them and nothing here reads them.
    let tokens = match super::lexer::tokenize_for_parser(&batch.text).map_or_else(
        || {
            Tokenizer::new(&DIALECT, &batch.text).tokenize_with_location().map(|mut t| {
                t.retain(|t| !super::lexer::is_blank(&t.token));
                t
            })
        },
        Ok,
    ) {
        Ok(t) => t,
        Err(e) => {
            let span = map.span(e.location, map.end_of_batch());
            let message = format!("The batch could not be tokenized: {}.", e.message);
            let diag = Diagnostic::new(Code::DM1101, message.clone(), Some(span));
            let stmt = ParsedStatement {
                span: map.span(Location::new(1, 1), map.end_of_batch()),
                stmt: Stmt::Unparsed { text: batch.text.trim().to_string(), error: message },
                hints: Vec::new(),
                side_clauses: Vec::new(),
            };
            return (vec![stmt], vec![diag]);
        }
    };
    // What sqlparser cannot parse inside statements waits beside the tokens for its statement.
    let (tokens, pending) = super::clauses::extract(tokens);
    // T-SQL does not require `;` between statements.
    let options = ParserOptions { require_semicolon_stmt_delimiter: false, ..ParserOptions::new() };
    let check_chains = longest_operator_run(&tokens) > MAX_OPERATOR_CHAIN;
    let n_tokens = tokens.len();
    let parser = Parser::new(&DIALECT).with_options(options).with_tokens_with_locations(tokens);
    let mut cur = Cursor { p: parser, n_tokens, map, diagnostics: Vec::new(), depth: 0, check_chains, pending, shared };
    let statements = cur.statements(Until::Eof);
    (statements, cur.diagnostics)
}

pub(crate) fn is_ws(t: &Token) -> bool {
    matches!(t, Token::Whitespace(_))
}

impl<'a> Cursor<'a> {
    /// A shareable reference to the batch being parsed (for views and routines).
    pub(crate) fn batch_ref(&self) -> super::ast::BatchRef {
        super::ast::BatchRef(Some(self.shared.map_or_else(|| Arc::new(self.map.batch().clone()), Arc::clone)))
    }

    /// Raw token `i` (whitespace included); EOF past the end.
    pub(crate) fn tok(&self, i: usize) -> &TokenWithSpan {
        self.p.token_at(i)
    }

    /// Keyword of the next non-whitespace token (`Keyword::NoKeyword` for anything else).
    pub(crate) fn peek_kw(&self) -> Keyword {
        self.nth_kw(0)
    }

    pub(crate) fn nth_kw(&self, n: usize) -> Keyword {
        match &self.p.peek_nth_token_ref(n).token {
            Token::Word(w) if w.quote_style.is_none() => w.keyword,
            _ => Keyword::NoKeyword,
        }
    }

    /// Upper-cased text of the nth next word, for words sqlparser has no keyword for.
    pub(crate) fn nth_word_upper(&self, n: usize) -> Option<String> {
        match &self.p.peek_nth_token_ref(n).token {
            Token::Word(w) if w.quote_style.is_none() => Some(w.value.to_ascii_uppercase()),
            _ => None,
        }
    }

    /// Is the nth next token the unquoted word `upper` (given in upper case), in any case?
    pub(crate) fn nth_word_is(&self, n: usize, upper: &str) -> bool {
        matches!(&self.p.peek_nth_token_ref(n).token, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(upper))
    }

    pub(crate) fn peek_is(&self, t: &Token) -> bool {
        &self.p.peek_token_ref().token == t
    }

    /// Location where the next token starts.
    pub(crate) fn next_start(&self) -> Location {
        self.p.peek_token_ref().span.start
    }

    /// End location of the last consumed non-whitespace token.
    pub(crate) fn last_end(&self) -> Location {
        let mut i = self.p.index();
        while i > 0 {
            i -= 1;
            let t = self.tok(i);
            if !is_ws(&t.token) && t.token != Token::EOF {
                return t.span.end;
            }
        }
        Location::new(1, 1)
    }

    pub(crate) fn span_from(&self, start: Location) -> Span {
        self.map.span(start, self.last_end())
    }

    pub(crate) fn text_from(&self, start: Location) -> String {
        self.map.text(start, self.last_end()).to_string()
    }

    /// Parse statements until the end of the batch or an `END`.
    pub(crate) fn statements(&mut self, until: Until) -> Vec<ParsedStatement> {
        let mut out = Vec::new();
        loop {
            while self.p.consume_token(&Token::SemiColon) {}
            match &self.p.peek_token_ref().token {
                Token::EOF => break,
                _ if until == Until::End && self.peek_kw() == Keyword::END => break,
                _ => {}
            }
            let before = self.p.index();
            let stmt = self.statement();
            out.push(stmt);
            if self.p.index() == before {
                // No progress would loop forever: skip the token we are stuck on.
                self.p.advance_token();
            }
        }
        out
    }

    /// Parse one statement, turning an error into `Stmt::Unparsed`.
    pub(crate) fn statement(&mut self) -> ParsedStatement {
        let start = self.next_start();
        let start_index = self.p.index();
        self.depth += 1;
        let too_deep = self.depth > MAX_BLOCK_DEPTH || (self.check_chains && self.has_overlong_chain(start_index));
        let result = if too_deep { Err(ParserError::RecursionLimitExceeded) } else { self.dispatch() };
        self.depth -= 1;
        match result {
            Ok(stmt) => {
                // `OPTION (...)` ends a query or DML statement; sqlparser stops before it.
                let hints = match (&stmt, self.query_hints()) {
                    (Stmt::Sql(_), Ok(h)) => h,
                    (_, Ok(_)) => Vec::new(),
                    (_, Err(err)) => return self.recover(start, start_index, err),
                };
                let side_clauses = match self.take_side_clauses(start_index, self.p.index(), &stmt) {
                    Ok(s) => s,
                    Err(err) => return self.recover(start, start_index, err),
                };
                ParsedStatement { span: self.span_from(start), stmt, hints, side_clauses }
            }
            Err(err) => self.recover(start, start_index, err),
        }
    }

    /// `OPTION (hint, ...)` at the cursor: the hints as written, each checked against the
    /// documented query hint shapes ([`QUERY_HINTS`]).
    fn query_hints(&mut self) -> Result<Vec<String>, ParserError> {
        if !self.nth_word_is(0, "OPTION") || self.p.peek_nth_token_ref(1).token != Token::LParen {
            return Ok(Vec::new());
        }
        self.p.advance_token();
        self.p.advance_token();
        let mut hints = Vec::new();
        let mut depth = 0usize;
        let mut current: Vec<TokenWithSpan> = Vec::new();
        loop {
            let tok = self.p.next_token();
            match tok.token {
                Token::RParen | Token::Comma if depth == 0 => {
                    if let (Some(first), Some(last)) = (current.first(), current.last()) {
                        if !is_valid_hint(&current) {
                            return Err(ParserError::ParserError(format!(
                                "Expected: a query hint (e.g. RECOMPILE, MAXDOP n, OPTIMIZE FOR UNKNOWN), found: {} at Line: {}, Column: {}",
                                excerpt(self.map.text(first.span.start, last.span.end)),
                                first.span.start.line,
                                first.span.start.column
                            )));
                        }
                        hints.push(self.map.text(first.span.start, last.span.end).to_string());
                    }
                    current.clear();
                    if tok.token == Token::RParen {
                        return Ok(hints);
                    }
                }
                Token::EOF => return self.p.expected(") to close OPTION (...)", tok),
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

    /// Does the statement starting at raw token `start_index` contain an operator chain longer
    /// than [`MAX_OPERATOR_CHAIN`]? Checked on tokens, before any tree is built.
    fn has_overlong_chain(&self, start_index: usize) -> bool {
        let end = self.find_boundary(start_index);
        longest_operator_run((start_index..end).map(|i| self.tok(i))) > MAX_OPERATOR_CHAIN
    }

    /// Report `err`, skip to the next statement boundary and return the skipped text as unparsed.
    fn recover(&mut self, start: Location, start_index: usize, err: ParserError) -> ParsedStatement {
        let (message, at) = describe_error(&err);
        // Errors at the end of the input carry no position: point just after the last token read.
        let err_loc = at.filter(|l| l.line > 0).unwrap_or_else(|| {
            let next = self.next_start();
            if next.line > 0 {
                next
            } else {
                self.last_end()
            }
        });
        let resume = self.find_boundary(start_index);
        self.seek(resume);
        // Parts taken out of the failing statement's tokens are in its kept text.
        self.drain_pending(start_index, resume);
        let span = self.span_from(start);
        let err_span = self.map.span(err_loc, err_loc);
        let text = self.text_from(start);
        let head = excerpt(&text.split_whitespace().take(3).collect::<Vec<_>>().join(" "));
        let first = word_upper(self.next_non_ws(start_index).map(|i| self.tok(i)));
        // Only a leading word can be an unknown statement; `)` or `,` at a statement start is a
        // syntax error of the statement before.
        let known_start = first.as_deref().is_none_or(|w| is_statement_word(w) || super::statement::is_known_start(w));
        let diagnostic = if matches!(err, ParserError::RecursionLimitExceeded) {
            Diagnostic::new(
                Code::DM1104,
                format!("The statement starting `{head}` nests too deeply to parse."),
                Some(err_span),
            )
        } else if !known_start {
            // Not a T-SQL statement at all: report it as unknown at its start.
            let at = self.map.span(start, start);
            Diagnostic::new(Code::DM1103, format!("Unknown statement `{head}`; it was skipped."), Some(at))
        } else {
            Diagnostic::new(
                Code::DM1101,
                format!("Could not parse the statement starting `{head}`: {}.", excerpt_message(&message)),
                Some(Span { end: err_span.end.max(err_span.start), ..err_span }),
            )
        };
        self.diagnostics.push(diagnostic);
        ParsedStatement {
            span,
            stmt: Stmt::Unparsed { text, error: message },
            hints: Vec::new(),
            side_clauses: Vec::new(),
        }
    }

    /// Move the parser to raw token index `target` (forwards or backwards), or to a position
    /// that differs from it only by whitespace.
    pub(crate) fn seek(&mut self, target: usize) {
        while self.p.index() < target {
            self.p.advance_token();
        }
        while self.p.index() > target {
            // sqlparser's `prev_token` steps back over whitespace and asserts it does not run off
            // the start: with only whitespace (a comment heading the batch) left before the
            // cursor, stop; the parser skips that whitespace anyway.
            if (target..self.p.index()).all(|i| is_ws(&self.tok(i).token)) {
                break;
            }
            let before = self.p.index();
            self.p.prev_token();
            if self.p.index() == before {
                break;
            }
        }
    }

    /// The raw index where the statement that starts at `start_index` most likely ends: the next
    /// statement keyword that begins a line outside parentheses and blocks, a `;`, or an `END`
    /// that closes the enclosing block.
    pub(crate) fn find_boundary(&self, start_index: usize) -> usize {
        let first = self.next_non_ws(start_index).unwrap_or(self.n_tokens);
        let lead = keyword_of(Some(self.tok(first)));
        if matches!(lead, Keyword::CREATE | Keyword::ALTER) {
            // CREATE VIEW/PROCEDURE/FUNCTION/TRIGGER must be alone in their batch; the others are
            // short, so the batch end is the safe boundary for a failing CREATE only when it is a
            // routine. Otherwise fall through to the scan.
            if self.is_routine_create(first) {
                return self.n_tokens;
            }
        }
        let mut paren = 0i32;
        // A statement that opens a block (BEGIN ... END, BEGIN TRY ... END CATCH) owns its END.
        let opens_block = lead == Keyword::BEGIN && !self.begins_transaction(first);
        let mut block = i32::from(opens_block);
        let mut seen_line_break = false;
        let mut prev: Option<&Token> = None;
        let mut absorbed_part = false;
        // An unclosed `(` must not swallow the batch: remember the first line-start statement
        // word regardless of parentheses as a fallback.
        let mut fallback = None;
        for i in first + 1..self.n_tokens {
            let tok = &self.tok(i).token;
            match tok {
                Token::Whitespace(Whitespace::Newline) => {
                    seen_line_break = true;
                    continue;
                }
                Token::Whitespace(Whitespace::SingleLineComment { .. }) => {
                    seen_line_break = true;
                    continue;
                }
                Token::Whitespace(_) => continue,
                Token::EOF => return fallback.unwrap_or(i),
                Token::LParen => paren += 1,
                Token::RParen => paren -= 1,
                Token::SemiColon if paren <= 0 && block <= 0 => return i,
                _ => {}
            }
            let kw = keyword_of(Some(self.tok(i)));
            let word = word_upper(Some(self.tok(i))).unwrap_or_default();
            if paren <= 0 {
                match kw {
                    Keyword::BEGIN | Keyword::CASE => block += 1,
                    Keyword::END if block > 0 => {
                        block -= 1;
                        if block == 0 && opens_block {
                            match keyword_of(self.next_non_ws(i + 1).map(|j| self.tok(j))) {
                                Keyword::TRY => {}
                                Keyword::CATCH => return self.next_non_ws(i + 1).map_or(i + 1, |j| j + 1),
                                _ => return i + 1,
                            }
                        }
                    }
                    Keyword::END => return i,
                    _ => {}
                }
            }
            let at_line_start = seen_line_break;
            seen_line_break = false;
            // Inside an unclosed `(`, a statement word at a line start ends the statement even after a
            // comma: `VALUES (1,` + newline + `CREATE TABLE ...` must not lose the CREATE.
            if fallback.is_none() && paren > 0 && at_line_start && is_statement_word(&word) {
                fallback = Some(i);
            }
            if paren <= 0 && block <= 0 && at_line_start && is_statement_word(&word) && !follows_continuation(prev) {
                // The first SELECT of an INSERT, the SET of an UPDATE, the statement after a CTE
                // belong to the statement that failed.
                let part_of_lead = !absorbed_part
                    && matches!(
                        (lead, kw),
                        (Keyword::INSERT, Keyword::SELECT | Keyword::WITH | Keyword::EXEC | Keyword::EXECUTE)
                            | (Keyword::UPDATE, Keyword::SET)
                            | (
                                Keyword::WITH,
                                Keyword::SELECT | Keyword::INSERT | Keyword::UPDATE | Keyword::DELETE | Keyword::MERGE
                            )
                            | (Keyword::DECLARE, Keyword::SELECT)
                    );
                if part_of_lead {
                    absorbed_part = true;
                } else {
                    return i;
                }
            }
            prev = Some(tok);
        }
        fallback.unwrap_or(self.n_tokens)
    }

    /// Index of the first non-whitespace token at or after `from`.
    pub(crate) fn next_non_ws(&self, from: usize) -> Option<usize> {
        (from..self.n_tokens).find(|&j| !is_ws(&self.tok(j).token))
    }

    /// `BEGIN TRAN[SACTION]` / `BEGIN DISTRIBUTED ...` rather than a block.
    fn begins_transaction(&self, first: usize) -> bool {
        let next = self.next_non_ws(first + 1).map(|j| self.tok(j));
        matches!(keyword_of(next), Keyword::TRAN | Keyword::TRANSACTION | Keyword::WORK)
            || matches!(word_upper(next).as_deref(), Some("DISTRIBUTED" | "DIALOG" | "CONVERSATION"))
    }

    fn is_routine_create(&self, first: usize) -> bool {
        (first + 1..self.n_tokens).map(|i| self.tok(i)).filter(|t| !is_ws(&t.token)).take(3).any(|t| {
            matches!(word_upper(Some(t)).as_deref(), Some("PROCEDURE" | "PROC" | "FUNCTION" | "TRIGGER" | "VIEW"))
        })
    }
}

pub(crate) fn keyword_of(t: Option<&TokenWithSpan>) -> Keyword {
    match t.map(|t| &t.token) {
        Some(Token::Word(w)) if w.quote_style.is_none() => w.keyword,
        _ => Keyword::NoKeyword,
    }
}

/// Words that begin a T-SQL statement (upper case). Some have no sqlparser keyword.
pub(crate) const STATEMENT_WORDS: &[&str] = &[
    "ALTER",
    "BACKUP",
    "BEGIN",
    "BREAK",
    "BULK",
    "CHECKPOINT",
    "CLOSE",
    "COMMIT",
    "CONTINUE",
    "CREATE",
    "DBCC",
    "DEALLOCATE",
    "DECLARE",
    "DELETE",
    "DENY",
    "DROP",
    "ELSE",
    "EXEC",
    "EXECUTE",
    "FETCH",
    "GOTO",
    "GRANT",
    "IF",
    "INSERT",
    "MERGE",
    "OPEN",
    "PRINT",
    "RAISERROR",
    "RECONFIGURE",
    "RESTORE",
    "RETURN",
    "REVOKE",
    "ROLLBACK",
    "SAVE",
    "SELECT",
    "SET",
    "SHUTDOWN",
    "THROW",
    "TRUNCATE",
    "UPDATE",
    "USE",
    "WAITFOR",
    "WHILE",
    "WITH",
];

/// Upper-cased text of an unquoted word token.
pub(crate) fn word_upper(t: Option<&TokenWithSpan>) -> Option<String> {
    match t.map(|t| &t.token) {
        Some(Token::Word(w)) if w.quote_style.is_none() => Some(w.value.to_ascii_uppercase()),
        _ => None,
    }
}

/// Does this (upper-case) word begin a T-SQL statement?
pub(crate) fn is_statement_word(word: &str) -> bool {
    STATEMENT_WORDS.binary_search(&word).is_ok()
}

/// The longest run of infix operators not interrupted by a comma or semicolon.
fn longest_operator_run<'t>(tokens: impl IntoIterator<Item = &'t TokenWithSpan>) -> usize {
    let (mut run, mut longest) = (0usize, 0usize);
    for t in tokens {
        match &t.token {
            Token::Plus
            | Token::Minus
            | Token::Mul
            | Token::Div
            | Token::Mod
            | Token::StringConcat
            | Token::Ampersand
            | Token::Pipe
            | Token::Caret
            | Token::Eq
            | Token::Neq
            | Token::Lt
            | Token::Gt
            | Token::LtEq
            | Token::GtEq => run += 1,
            Token::Word(w) if matches!(w.keyword, Keyword::AND | Keyword::OR) => run += 1,
            Token::Comma | Token::SemiColon => run = 0,
            _ => {}
        }
        longest = longest.max(run);
    }
    longest
}

/// T-SQL query hints: the first word, the words that may follow it, and what comes after them.
/// <https://learn.microsoft.com/sql/t-sql/queries/hints-transact-sql-query>
const QUERY_HINTS: &[(&str, &[&str], HintTail)] = &[
    ("CONCAT", &["UNION"], HintTail::Nothing),
    ("DISABLE", &["EXTERNALPUSHDOWN", "SCALEOUTEXECUTION"], HintTail::Nothing),
    ("DISABLE_OPTIMIZED_PLAN_FORCING", &[], HintTail::Nothing),
    ("EXPAND", &["VIEWS"], HintTail::Nothing),
    ("FAST", &[], HintTail::Number),
    ("FORCE", &["ORDER", "EXTERNALPUSHDOWN", "SCALEOUTEXECUTION"], HintTail::Nothing),
    ("HASH", &["GROUP", "UNION", "JOIN"], HintTail::Nothing),
    ("IGNORE_NONCLUSTERED_COLUMNSTORE_INDEX", &[], HintTail::Nothing),
    ("KEEP", &["PLAN"], HintTail::Nothing),
    ("KEEPFIXED", &["PLAN"], HintTail::Nothing),
    ("LABEL", &[], HintTail::Assignment),
    ("LOOP", &["JOIN"], HintTail::Nothing),
    ("MAXDOP", &[], HintTail::Number),
    ("MAXRECURSION", &[], HintTail::Number),
    ("MAX_GRANT_PERCENT", &[], HintTail::Assignment),
    ("MERGE", &["UNION", "JOIN"], HintTail::Nothing),
    ("MIN_GRANT_PERCENT", &[], HintTail::Assignment),
    ("NO_PERFORMANCE_SPOOL", &[], HintTail::Nothing),
    ("OPTIMIZE", &["FOR"], HintTail::Anything),
    ("ORDER", &["GROUP"], HintTail::Nothing),
    ("PARAMETERIZATION", &["SIMPLE", "FORCED"], HintTail::Nothing),
    ("QUERYTRACEON", &[], HintTail::Number),
    ("RECOMPILE", &[], HintTail::Nothing),
    ("ROBUST", &["PLAN"], HintTail::Nothing),
    ("TABLE", &["HINT"], HintTail::Anything),
    ("USE", &["HINT", "PLAN"], HintTail::Anything),
];

/// What may follow a query hint's words.
#[derive(Clone, Copy)]
enum HintTail {
    Nothing,
    /// One number (`MAXDOP 4`).
    Number,
    /// `= value` (`LABEL = 'x'`, `MAX_GRANT_PERCENT = 5`).
    Assignment,
    /// Anything (`OPTIMIZE FOR (@p = 1)`, `USE HINT ('...')`).
    Anything,
}

fn is_valid_hint(tokens: &[TokenWithSpan]) -> bool {
    let words: Vec<&Token> = tokens.iter().map(|t| &t.token).collect();
    let upper = |t: &Token| match t {
        Token::Word(w) => w.value.to_ascii_uppercase(),
        _ => String::new(),
    };
    let Some(first) = words.first().map(|t| upper(t)) else { return false };
    let Ok(i) = QUERY_HINTS.binary_search_by(|(w, _, _)| w.cmp(&first.as_str())) else { return false };
    let (_, seconds, tail) = QUERY_HINTS[i];
    let mut rest = &words[1..];
    if !seconds.is_empty() {
        match rest.first() {
            Some(t) if seconds.contains(&upper(t).as_str()) => rest = &rest[1..],
            _ => return false,
        }
    }
    match tail {
        HintTail::Nothing => rest.is_empty(),
        HintTail::Number => matches!(rest, [Token::Number(..)]),
        HintTail::Assignment => matches!(rest, [Token::Eq, _]),
        HintTail::Anything => true,
    }
}

/// At most 60 characters of user text for a message (a 1 MB token must not make a 1 MB report).
pub(crate) fn excerpt(s: &str) -> String {
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s.to_string()
    }
}

/// sqlparser messages quote the offending token (`found: <token>`): keep them short too.
fn excerpt_message(m: &str) -> String {
    if m.chars().count() > 200 {
        format!("{}…", m.chars().take(200).collect::<String>())
    } else {
        m.to_string()
    }
}

/// A keyword on a new line after these tokens continues the statement (`UNION` + newline +
/// `SELECT`, `FOR` + newline + `SELECT` in a cursor declaration).
fn follows_continuation(prev: Option<&Token>) -> bool {
    match prev {
        Some(Token::Word(w)) if w.quote_style.is_none() => matches!(
            w.keyword,
            Keyword::FOR
                | Keyword::AS
                | Keyword::UNION
                | Keyword::ALL
                | Keyword::EXCEPT
                | Keyword::INTERSECT
                | Keyword::IN
                | Keyword::EXISTS
                | Keyword::THEN
                | Keyword::BY
                | Keyword::AND
                | Keyword::OR
                | Keyword::NOT
        ),
        Some(Token::Comma) | Some(Token::Eq) | Some(Token::LParen) | Some(Token::Plus) => true,
        _ => false,
    }
}

/// sqlparser errors carry their position inside the message (`... at Line: 3, Column: 7`). Split
/// it into a clean message and the location.
pub(crate) fn describe_error(err: &ParserError) -> (String, Option<Location>) {
    let raw = match err {
        ParserError::TokenizerError(s) | ParserError::ParserError(s) => s.clone(),
        ParserError::RecursionLimitExceeded => {
            return ("the statement nests too deeply".to_string(), None);
        }
    };
    let (msg, loc) = match raw.rfind(" at Line: ") {
        Some(pos) => {
            let tail = &raw[pos + " at Line: ".len()..];
            let mut parts = tail.split(", Column: ");
            let line = parts.next().and_then(|s| s.trim().parse::<u64>().ok());
            let col = parts.next().and_then(|s| s.trim().parse::<u64>().ok());
            let loc = match (line, col) {
                (Some(l), Some(c)) if l > 0 => Some(Location::new(l, c)),
                _ => None,
            };
            (raw[..pos].to_string(), loc)
        }
        None => (raw, None),
    };
    let msg = msg.trim_start_matches("sql parser error: ").trim();
    let mut chars = msg.chars();
    let msg = match chars.next() {
        Some(c) => c.to_lowercase().collect::<String>() + chars.as_str(),
        None => "unexpected input".to_string(),
    };
    (msg.trim_end_matches('.').to_string(), loc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_hints_are_sorted() {
        assert!(QUERY_HINTS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn statement_words_are_sorted() {
        assert!(STATEMENT_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_comment_before_a_statement_kept_as_text_does_not_panic() {
        // Going back to the statement start must not step over the batch's leading comment.
        let (kinds, diags) = crate::parse::tests::parse_script(
            "/****** Object:  User [app] ******/\nCREATE USER [app] FOR LOGIN [app]\nGO\n-- c\nALTER ROLE r ADD MEMBER [app]\n",
        );
        assert_eq!(kinds, ["create_user", "alter_role"]);
        assert!(diags.is_empty(), "{diags:?}");
    }

    #[test]
    fn error_location_is_extracted() {
        let e = ParserError::ParserError("Expected: ), found: FOO at Line: 3, Column: 7".into());
        let (m, loc) = describe_error(&e);
        assert_eq!(m, "expected: ), found: FOO");
        assert_eq!(loc, Some(Location::new(3, 7)));
    }
}
