//! T-SQL clause parts that sqlparser 0.63 cannot parse or hold, taken out of a batch's tokens
//! before sqlparser sees them and kept beside the statement as [`SideClause`]s:
//!
//! - join hints: `INNER LOOP JOIN`, `LEFT OUTER HASH JOIN`, `MERGE`, `REMOTE`;
//! - `FOR XML` options: `XMLDATA`, `XMLSCHEMA[('uri')]`, `ELEMENTS XSINIL|ABSENT`, bare `ROOT`;
//!   bare `ROOT` of `FOR JSON`;
//! - `FOR SYSTEM_TIME FROM a TO b | BETWEEN a AND b | CONTAINED IN (a, b) | ALL` on a table
//!   (`AS OF` is sqlparser's own);
//! - `TOP (n) [PERCENT]` after `DELETE`, `UPDATE`, `INSERT` and `MERGE`;
//! - `WHERE CURRENT OF [GLOBAL] cursor` of `UPDATE` and `DELETE`.
//!
//! One token rewrite keeps everything in sqlparser's tree instead: `MERGE [INTO] t WITH (hints)
//! [AS] alias USING` has its hints moved after the alias, where sqlparser's table factor reads
//! them (the printer puts them back before the alias).
//!
//! The taken-out parts wait as [`Pending`] items, each anchored to a kept token. When a statement
//! is complete, the driver hands it the items anchored inside its tokens ([`Cursor::take_side_clauses`]):
//! nested statements finish first, so each item lands on the innermost statement. There its place
//! is turned into a count (the n-th JOIN, the n-th `FOR XML`, the n-th table), which the printer
//! finds again in its own output.

use super::ast::*;
use super::driver::{is_ws, Cursor, DIALECT};
use sqlparser::ast::{Expr, TableFactor, Top, TopQuantity, Visit, Visitor};
use sqlparser::keywords::Keyword;
use sqlparser::parser::{Parser, ParserError};
use sqlparser::tokenizer::{Location, Token, TokenWithSpan, Whitespace};
use std::ops::ControlFlow;

/// The function name that holds `NEXT VALUE FOR seq [OVER (...)]` in sqlparser's tree: a call
/// with the sequence as its one argument and the `OVER` clause as its window. No user can write
/// this name unquoted, so it never stands for a real function.
pub(crate) const NEXT_VALUE_FOR: &str = "NEXT VALUE FOR";

/// Is this call the holder of `NEXT VALUE FOR`?
pub(crate) fn is_next_value_for(f: &sqlparser::ast::Function) -> bool {
    matches!(f.name.0.as_slice(), [p] if p.as_ident().is_some_and(|i| i.quote_style.is_none() && i.value == NEXT_VALUE_FOR))
}

/// A clause part taken out of the tokens, not yet given to a statement.
#[derive(Debug, Clone)]
pub(crate) struct Pending {
    /// Index (in the kept tokens) of the token the part belongs after: the join type keyword,
    /// the `FOR` of `FOR XML`, the table name's last token, the DML keyword.
    anchor: usize,
    start: Location,
    end: Location,
    kind: PendingKind,
}

#[derive(Debug, Clone)]
enum PendingKind {
    JoinHint(JoinHint),
    ForXml(ForXmlOption),
    ForJsonRoot,
    /// `table_end`: where the table name before `FOR SYSTEM_TIME` ends.
    SystemTime {
        table_end: Location,
        period: Box<SystemTimePeriod>,
    },
    DmlTop(Box<Top>),
    CurrentOf {
        cursor: sqlparser::ast::Ident,
        global: bool,
    },
}

/// Take the clause parts sqlparser cannot parse out of `tokens` (and move MERGE target hints after
/// the alias). Returns the tokens sqlparser gets and the parts, ordered by anchor.
///
/// Kept tokens are moved, not cloned: every look-up (here and in the helpers) reads the current
/// token or later ones, so a token already passed is never read again and can be taken.
pub(crate) fn extract(tokens: Vec<TokenWithSpan>) -> (Vec<TokenWithSpan>, Vec<Pending>) {
    // Most batches have none of these clauses: their tokens stay where they are.
    if !has_work(&tokens) {
        return (tokens, Vec::new());
    }
    extract_all(tokens)
}

/// Whether [`extract_all`] could take or move anything: true for every token it acts on (and for
/// a few it then leaves alone), so that `false` means it would keep every token as it is.
fn has_work(tokens: &[TokenWithSpan]) -> bool {
    tokens.iter().enumerate().any(|(i, t)| match trigger_word(&t.token) {
        None => false,
        Some("FOR" | "WHERE") => matches!(
            upper_at(tokens, next_non_ws(tokens, i + 1)).as_deref(),
            Some("XML" | "JSON" | "SYSTEM_TIME" | "CURRENT")
        ),
        // `dml_top` starts with an unquoted `TOP`, which the tokenizer gave its keyword.
        Some("DELETE" | "UPDATE" | "INSERT") => next_non_ws(tokens, i + 1).is_some_and(
            |j| matches!(&tokens[j].token, Token::Word(w) if w.quote_style.is_none() && w.keyword == Keyword::TOP),
        ),
        // Join hints and MERGE.
        Some(_) => true,
    })
}

fn extract_all(mut tokens: Vec<TokenWithSpan>) -> (Vec<TokenWithSpan>, Vec<Pending>) {
    let mut out: Vec<TokenWithSpan> = Vec::with_capacity(tokens.len());
    let mut pending = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let word = trigger_word(&tokens[i].token);
        match word {
            Some("LOOP" | "HASH" | "MERGE" | "REMOTE")
                if is_join_type(last_kept(&out).map(|(_, t)| &t.token))
                    && upper_at(&tokens, next_non_ws(&tokens, i + 1)).as_deref() == Some("JOIN") =>
            {
                let anchor = last_kept(&out).map_or(0, |(k, _)| k);
                let hint = match word {
                    Some("LOOP") => JoinHint::Loop,
                    Some("HASH") => JoinHint::Hash,
                    Some("MERGE") => JoinHint::Merge,
                    _ => JoinHint::Remote,
                };
                let span = tokens[i].span;
                pending.push(Pending { anchor, start: span.start, end: span.end, kind: PendingKind::JoinHint(hint) });
                i += 1;
            }
            Some("FOR") if upper_at(&tokens, next_non_ws(&tokens, i + 1)).as_deref() == Some("XML") => {
                i = for_xml(&tokens, i, &mut out, &mut pending);
            }
            Some("FOR") if upper_at(&tokens, next_non_ws(&tokens, i + 1)).as_deref() == Some("JSON") => {
                i = for_json(&tokens, i, &mut out, &mut pending);
            }
            Some("FOR") if upper_at(&tokens, next_non_ws(&tokens, i + 1)).as_deref() == Some("SYSTEM_TIME") => {
                match system_time(&tokens, i, &out) {
                    Some((next, p)) => {
                        pending.push(p);
                        i = next;
                    }
                    None => {
                        out.push(take(&mut tokens, i));
                        i += 1;
                    }
                }
            }
            Some("WHERE") if upper_at(&tokens, next_non_ws(&tokens, i + 1)).as_deref() == Some("CURRENT") => {
                match current_of(&tokens, i, &out) {
                    Some((next, p)) => {
                        pending.push(p);
                        i = next;
                    }
                    None => {
                        out.push(take(&mut tokens, i));
                        i += 1;
                    }
                }
            }
            Some("DELETE" | "UPDATE" | "INSERT" | "MERGE") => {
                let is_merge = word == Some("MERGE");
                out.push(take(&mut tokens, i));
                let anchor = out.len() - 1;
                i += 1;
                if let Some((next, top, start, end)) = dml_top(&tokens, i) {
                    pending.push(Pending { anchor, start, end, kind: PendingKind::DmlTop(Box::new(top)) });
                    i = next;
                }
                if is_merge {
                    i = merge_target(&tokens, i, &mut out);
                }
            }
            _ => {
                out.push(take(&mut tokens, i));
                i += 1;
            }
        }
    }
    pending.sort_by_key(|p| p.anchor);
    (out, pending)
}

/// Move token `i` out of `tokens`, leaving an EOF (no allocation) in its place.
fn take(tokens: &mut [TokenWithSpan], i: usize) -> TokenWithSpan {
    std::mem::replace(&mut tokens[i], TokenWithSpan::wrap(Token::EOF))
}

/// The trigger word this token is, if any (without allocating: every word of a batch is asked).
/// The tokenizer has already looked every word up among sqlparser's keywords; `LOOP` is the one
/// trigger word that is not one of them.
fn trigger_word(t: &Token) -> Option<&'static str> {
    let Token::Word(w) = t else { return None };
    if w.quote_style.is_some() {
        return None;
    }
    match w.keyword {
        Keyword::DELETE => Some("DELETE"),
        Keyword::FOR => Some("FOR"),
        Keyword::HASH => Some("HASH"),
        Keyword::INSERT => Some("INSERT"),
        Keyword::MERGE => Some("MERGE"),
        Keyword::REMOTE => Some("REMOTE"),
        Keyword::UPDATE => Some("UPDATE"),
        Keyword::WHERE => Some("WHERE"),
        Keyword::NoKeyword if w.value.eq_ignore_ascii_case("LOOP") => Some("LOOP"),
        _ => None,
    }
}

fn upper(t: &Token) -> Option<String> {
    match t {
        Token::Word(w) if w.quote_style.is_none() => Some(w.value.to_ascii_uppercase()),
        _ => None,
    }
}

fn upper_at(tokens: &[TokenWithSpan], i: Option<usize>) -> Option<String> {
    i.and_then(|i| tokens.get(i)).and_then(|t| upper(&t.token))
}

fn next_non_ws(tokens: &[TokenWithSpan], from: usize) -> Option<usize> {
    (from..tokens.len()).find(|&j| !is_ws(&tokens[j].token))
}

/// The last kept non-whitespace token and its index.
fn last_kept(out: &[TokenWithSpan]) -> Option<(usize, &TokenWithSpan)> {
    out.iter().enumerate().rev().find(|(_, t)| !is_ws(&t.token))
}

fn is_join_type(t: Option<&Token>) -> bool {
    matches!(t.and_then(upper).as_deref(), Some("INNER" | "LEFT" | "RIGHT" | "FULL" | "OUTER"))
}

fn string_value(t: &Token) -> Option<String> {
    match t {
        Token::SingleQuotedString(s) | Token::NationalStringLiteral(s) => Some(s.clone()),
        _ => None,
    }
}

/// Copy the next `n` non-whitespace tokens (and the whitespace before them) from `i`: the index
/// after them, or `Err` with the index reached when the tokens end first.
fn copy_tokens(tokens: &[TokenWithSpan], mut i: usize, n: usize, out: &mut Vec<TokenWithSpan>) -> Result<usize, usize> {
    for _ in 0..n {
        let j = next_non_ws(tokens, i).ok_or(i)?;
        out.extend_from_slice(&tokens[i..=j]);
        i = j + 1;
    }
    Ok(i)
}

/// At `FOR` of `FOR XML`: copy the clause, taking out the options sqlparser lacks. Returns the
/// index after the clause.
fn for_xml(tokens: &[TokenWithSpan], for_at: usize, out: &mut Vec<TokenWithSpan>, pending: &mut Vec<Pending>) -> usize {
    let anchor = out.len();
    let mut i = for_at;
    // FOR, XML and the mode word are copied as they are.
    i = match copy_tokens(tokens, i, 3, out) {
        Ok(next) => next,
        Err(end) => return end,
    };
    i = copy_parenthesised(tokens, i, out);
    loop {
        let Some(comma) = next_non_ws(tokens, i).filter(|&j| tokens[j].token == Token::Comma) else { return i };
        let Some(opt_at) = next_non_ws(tokens, comma + 1) else { return i };
        let after_opt = next_non_ws(tokens, opt_at + 1);
        let paren_follows = after_opt.is_some_and(|j| tokens[j].token == Token::LParen);
        let start = tokens[opt_at].span.start;
        match upper(&tokens[opt_at].token).as_deref() {
            Some("XMLDATA") => {
                push(pending, anchor, start, tokens[opt_at].span.end, ForXmlOption::XmlData);
                i = opt_at + 1;
            }
            Some("XMLSCHEMA") if paren_follows => {
                // XMLSCHEMA('uri'): exactly a string in parentheses.
                let (Some(s), Some(close)) = (
                    after_opt.and_then(|j| next_non_ws(tokens, j + 1)),
                    after_opt.and_then(|j| next_non_ws(tokens, j + 1)).and_then(|s| next_non_ws(tokens, s + 1)),
                ) else {
                    return i;
                };
                let (Some(uri), Token::RParen) = (string_value(&tokens[s].token), &tokens[close].token) else {
                    return i;
                };
                push(pending, anchor, start, tokens[close].span.end, ForXmlOption::XmlSchema(Some(uri)));
                i = close + 1;
            }
            Some("XMLSCHEMA") => {
                push(pending, anchor, start, tokens[opt_at].span.end, ForXmlOption::XmlSchema(None));
                i = opt_at + 1;
            }
            Some("ROOT") if !paren_follows => {
                push(pending, anchor, start, tokens[opt_at].span.end, ForXmlOption::Root);
                i = opt_at + 1;
            }
            Some("ELEMENTS") => {
                out.extend_from_slice(&tokens[i..=opt_at]);
                i = opt_at + 1;
                let mode = match upper_at(tokens, after_opt).as_deref() {
                    Some("XSINIL") => Some(ForXmlOption::ElementsXsinil),
                    Some("ABSENT") => Some(ForXmlOption::ElementsAbsent),
                    _ => None,
                };
                if let (Some(mode), Some(m)) = (mode, after_opt) {
                    push(pending, anchor, tokens[m].span.start, tokens[m].span.end, mode);
                    i = m + 1;
                }
            }
            Some("BINARY" | "TYPE" | "ROOT") => {
                // sqlparser's own: BINARY BASE64, TYPE, ROOT('name').
                out.extend_from_slice(&tokens[i..=opt_at]);
                i = opt_at + 1;
                if let Some(j) = after_opt.filter(|&j| upper(&tokens[j].token).as_deref() == Some("BASE64")) {
                    out.extend_from_slice(&tokens[i..=j]);
                    i = j + 1;
                }
                i = copy_parenthesised(tokens, i, out);
            }
            _ => return i,
        }
    }
}

/// At `FOR` of `FOR JSON`: copy the clause, taking out a `ROOT` without a name. Returns the index
/// after the clause.
fn for_json(
    tokens: &[TokenWithSpan],
    for_at: usize,
    out: &mut Vec<TokenWithSpan>,
    pending: &mut Vec<Pending>,
) -> usize {
    let anchor = out.len();
    let mut i = for_at;
    // FOR, JSON and the mode word are copied as they are.
    i = match copy_tokens(tokens, i, 3, out) {
        Ok(next) => next,
        Err(end) => return end,
    };
    loop {
        let Some(comma) = next_non_ws(tokens, i).filter(|&j| tokens[j].token == Token::Comma) else { return i };
        let Some(opt_at) = next_non_ws(tokens, comma + 1) else { return i };
        let paren_follows = next_non_ws(tokens, opt_at + 1).is_some_and(|j| tokens[j].token == Token::LParen);
        match upper(&tokens[opt_at].token).as_deref() {
            Some("ROOT") if !paren_follows => {
                let span = tokens[opt_at].span;
                pending.push(Pending { anchor, start: span.start, end: span.end, kind: PendingKind::ForJsonRoot });
                i = opt_at + 1;
            }
            Some("ROOT" | "INCLUDE_NULL_VALUES" | "WITHOUT_ARRAY_WRAPPER") => {
                out.extend_from_slice(&tokens[i..=opt_at]);
                i = copy_parenthesised(tokens, opt_at + 1, out);
            }
            _ => return i,
        }
    }
}

fn push(pending: &mut Vec<Pending>, anchor: usize, start: Location, end: Location, option: ForXmlOption) {
    pending.push(Pending { anchor, start, end, kind: PendingKind::ForXml(option) });
}

/// Copy a parenthesised group starting at the next non-whitespace token, if there is one.
fn copy_parenthesised(tokens: &[TokenWithSpan], from: usize, out: &mut Vec<TokenWithSpan>) -> usize {
    let Some(open) = next_non_ws(tokens, from).filter(|&j| tokens[j].token == Token::LParen) else { return from };
    let mut depth = 0usize;
    for j in open..tokens.len() {
        match tokens[j].token {
            Token::LParen => depth += 1,
            Token::RParen => {
                depth -= 1;
                if depth == 0 {
                    out.extend_from_slice(&tokens[from..=j]);
                    return j + 1;
                }
            }
            Token::EOF => break,
            _ => {}
        }
    }
    from
}

/// How many tokens an expression inside a clause we take out may span (a `TOP` count, a period
/// bound). Bounding the copy keeps a batch of many such clauses linear.
const CLAUSE_EXPR_WINDOW: usize = 4_096;

/// A parser over a copy of `tokens[from..]`, at most [`CLAUSE_EXPR_WINDOW`] tokens (for
/// expressions inside a clause we take out; a longer one is left to sqlparser to report).
fn sub_parser(tokens: &[TokenWithSpan], from: usize) -> Parser<'static> {
    let end = from.saturating_add(CLAUSE_EXPR_WINDOW).min(tokens.len());
    Parser::new(&DIALECT).with_tokens_with_locations(tokens.get(from..end).unwrap_or(&[]).to_vec())
}

/// At `FOR` of `FOR SYSTEM_TIME`: the period, unless it is `AS OF` (sqlparser's) or malformed
/// (sqlparser reports it). Returns the index after the clause and the pending part.
fn system_time(tokens: &[TokenWithSpan], for_at: usize, out: &[TokenWithSpan]) -> Option<(usize, Pending)> {
    let (anchor, table) = last_kept(out)?;
    let st = next_non_ws(tokens, for_at + 1)?;
    let kw = next_non_ws(tokens, st + 1)?;
    let between = DIALECT_BETWEEN_PRECEDENCE;
    let (period, end) = match upper(&tokens[kw].token).as_deref() {
        Some("ALL") => (SystemTimePeriod::All, kw + 1),
        Some("FROM") => {
            let (a, j) = expr_at(tokens, kw + 1, None)?;
            let to = next_non_ws(tokens, j).filter(|&t| upper(&tokens[t].token).as_deref() == Some("TO"))?;
            let (b, j) = expr_at(tokens, to + 1, None)?;
            (SystemTimePeriod::FromTo(a, b), j)
        }
        Some("BETWEEN") => {
            let (a, j) = expr_at(tokens, kw + 1, Some(between))?;
            let and = next_non_ws(tokens, j).filter(|&t| upper(&tokens[t].token).as_deref() == Some("AND"))?;
            let (b, j) = expr_at(tokens, and + 1, Some(between))?;
            (SystemTimePeriod::Between(a, b), j)
        }
        Some("CONTAINED") => {
            let in_at = next_non_ws(tokens, kw + 1).filter(|&t| upper(&tokens[t].token).as_deref() == Some("IN"))?;
            let open = next_non_ws(tokens, in_at + 1).filter(|&t| tokens[t].token == Token::LParen)?;
            let (a, j) = expr_at(tokens, open + 1, None)?;
            let comma = next_non_ws(tokens, j).filter(|&t| tokens[t].token == Token::Comma)?;
            let (b, j) = expr_at(tokens, comma + 1, None)?;
            let close = next_non_ws(tokens, j).filter(|&t| tokens[t].token == Token::RParen)?;
            (SystemTimePeriod::ContainedIn(a, b), close + 1)
        }
        _ => return None,
    };
    let last = (for_at..end).rev().find(|&j| !is_ws(&tokens[j].token))?;
    let pending = Pending {
        anchor,
        start: tokens[for_at].span.start,
        end: tokens[last].span.end,
        kind: PendingKind::SystemTime { table_end: table.span.end, period: Box::new(period) },
    };
    Some((end, pending))
}

/// At `WHERE` of `WHERE CURRENT OF [GLOBAL] cursor`: the cursor. Returns the index after it and
/// the pending part.
fn current_of(tokens: &[TokenWithSpan], where_at: usize, out: &[TokenWithSpan]) -> Option<(usize, Pending)> {
    let (anchor, _) = last_kept(out)?;
    let current = next_non_ws(tokens, where_at + 1)?;
    let of = next_non_ws(tokens, current + 1).filter(|&j| upper(&tokens[j].token).as_deref() == Some("OF"))?;
    let mut name_at = next_non_ws(tokens, of + 1)?;
    let global = upper(&tokens[name_at].token).as_deref() == Some("GLOBAL")
        && next_non_ws(tokens, name_at + 1).is_some_and(|j| matches!(tokens[j].token, Token::Word(_)));
    if global {
        name_at = next_non_ws(tokens, name_at + 1)?;
    }
    let Token::Word(w) = &tokens[name_at].token else { return None };
    let cursor =
        sqlparser::ast::Ident { value: w.value.clone(), quote_style: w.quote_style, span: tokens[name_at].span };
    let pending = Pending {
        anchor,
        start: tokens[where_at].span.start,
        end: tokens[name_at].span.end,
        kind: PendingKind::CurrentOf { cursor, global },
    };
    Some((name_at + 1, pending))
}

/// `Precedence::Between` of sqlparser's dialects: the operand of `BETWEEN a AND b` binds tighter
/// than `AND`.
const DIALECT_BETWEEN_PRECEDENCE: u8 = 20;

/// Parse one expression at `tokens[from..]` (binding tighter than `precedence` when given).
/// Returns it and the index after it.
fn expr_at(tokens: &[TokenWithSpan], from: usize, precedence: Option<u8>) -> Option<(Expr, usize)> {
    let mut p = sub_parser(tokens, from);
    let e = match precedence {
        Some(prec) => p.parse_subexpr(prec),
        None => p.parse_expr(),
    }
    .ok()?;
    Some((e, from + p.index()))
}

/// After a DML keyword: `TOP (expr) [PERCENT]`. Returns the index after it, the node and its
/// extent.
fn dml_top(tokens: &[TokenWithSpan], from: usize) -> Option<(usize, Top, Location, Location)> {
    let top = next_non_ws(tokens, from).filter(|&j| upper(&tokens[j].token).as_deref() == Some("TOP"))?;
    let open = next_non_ws(tokens, top + 1).filter(|&j| tokens[j].token == Token::LParen)?;
    let (quantity, j) = expr_at(tokens, open + 1, None)?;
    let close = next_non_ws(tokens, j).filter(|&j| tokens[j].token == Token::RParen)?;
    let mut last = close;
    let percent = match next_non_ws(tokens, close + 1) {
        Some(p) if upper(&tokens[p].token).as_deref() == Some("PERCENT") => {
            last = p;
            true
        }
        _ => false,
    };
    let top_node = Top { with_ties: false, percent, quantity: Some(TopQuantity::Expr(quantity)) };
    Some((last + 1, top_node, tokens[top].span.start, tokens[last].span.end))
}

/// After `MERGE` (and its TOP): `[INTO] name WITH (hints) [AS] alias USING` is copied as
/// `[INTO] name [AS] alias WITH (hints) USING`; anything else is left for the main loop.
fn merge_target(tokens: &[TokenWithSpan], from: usize, out: &mut Vec<TokenWithSpan>) -> usize {
    let mut j = match next_non_ws(tokens, from) {
        Some(j) if upper(&tokens[j].token).as_deref() == Some("INTO") => j + 1,
        Some(_) => from,
        None => return from,
    };
    // The target name: word (. word)*.
    let mut name_end = None;
    while let Some(w) = next_non_ws(tokens, j).filter(|&w| matches!(tokens[w].token, Token::Word(_))) {
        name_end = Some(w + 1);
        j = w + 1;
        match next_non_ws(tokens, j) {
            Some(d) if tokens[d].token == Token::Period => j = d + 1,
            _ => break,
        }
    }
    let Some(name_end) = name_end else { return from };
    let Some(with) = next_non_ws(tokens, name_end).filter(|&w| upper(&tokens[w].token).as_deref() == Some("WITH"))
    else {
        return from;
    };
    let Some(open) = next_non_ws(tokens, with + 1).filter(|&o| tokens[o].token == Token::LParen) else { return from };
    let mut depth = 0usize;
    let mut close = None;
    for (k, t) in tokens.iter().enumerate().skip(open) {
        match t.token {
            Token::LParen => depth += 1,
            Token::RParen => {
                depth -= 1;
                if depth == 0 {
                    close = Some(k);
                    break;
                }
            }
            Token::EOF => break,
            _ => {}
        }
    }
    let Some(close) = close else { return from };
    let Some(mut alias) = next_non_ws(tokens, close + 1) else { return from };
    let alias_start = alias;
    if upper(&tokens[alias].token).as_deref() == Some("AS") {
        match next_non_ws(tokens, alias + 1) {
            Some(a) => alias = a,
            None => return from,
        }
    }
    let is_alias = matches!(&tokens[alias].token, Token::Word(w)
        if w.quote_style.is_some() || upper(&tokens[alias].token).as_deref() != Some("USING"));
    let using = next_non_ws(tokens, alias + 1).filter(|&u| upper(&tokens[u].token).as_deref() == Some("USING"));
    let Some(using) = using.filter(|_| is_alias) else { return from };
    let space = || TokenWithSpan::wrap(Token::Whitespace(Whitespace::Space));
    out.extend_from_slice(&tokens[from..name_end]);
    out.push(space());
    out.extend_from_slice(&tokens[alias_start..=alias]);
    out.push(space());
    out.extend_from_slice(&tokens[with..=close]);
    out.push(space());
    using
}

/// Where in a statement its side clauses print: the one sqlparser node of the statement that
/// holds query text.
pub(crate) enum Segment<'a> {
    Statement(&'a sqlparser::ast::Statement),
    Query(&'a sqlparser::ast::Query),
    Expr(&'a Expr),
}

/// The node of `stmt` that sqlparser prints and that can hold queries, if any.
pub(crate) fn segment(stmt: &Stmt) -> Option<Segment<'_>> {
    match stmt {
        Stmt::Sql(s) => Some(Segment::Statement(s)),
        Stmt::CreateView(v) => v.query.as_deref().map(Segment::Query),
        Stmt::DeclareCursor { query, .. } => Some(Segment::Query(query)),
        Stmt::CreateRoutine(r) => r.body.query.as_deref().map(Segment::Query),
        Stmt::If { condition, .. } | Stmt::While { condition, .. } => Some(Segment::Expr(condition)),
        Stmt::Return(Some(e)) => Some(Segment::Expr(e)),
        _ => None,
    }
}

/// Index (in visiting order) of the `TableFactor::Table` whose name ends at `end`.
fn table_index(seg: &Segment<'_>, end: Location) -> Option<usize> {
    struct Find {
        end: Location,
        seen: usize,
        found: Option<usize>,
    }
    impl Visitor for Find {
        type Break = ();
        fn pre_visit_table_factor(&mut self, f: &TableFactor) -> ControlFlow<()> {
            if let TableFactor::Table { name, .. } = f {
                let last = name.0.last().and_then(|p| p.as_ident()).map(|i| i.span.end);
                if last == Some(self.end) {
                    self.found = Some(self.seen);
                    return ControlFlow::Break(());
                }
                self.seen += 1;
            }
            ControlFlow::Continue(())
        }
    }
    let mut v = Find { end, seen: 0, found: None };
    let _ = match seg {
        Segment::Statement(s) => s.visit(&mut v),
        Segment::Query(q) => q.visit(&mut v),
        Segment::Expr(e) => e.visit(&mut v),
    };
    v.found
}

/// The documented order of FOR XML options: `ROOT` with the common directives, then `XMLDATA` or
/// `XMLSCHEMA`, then the `ELEMENTS` mode.
pub(crate) fn xml_option_rank(o: &ForXmlOption) -> u8 {
    match o {
        ForXmlOption::Root => 0,
        ForXmlOption::XmlData | ForXmlOption::XmlSchema(_) => 1,
        ForXmlOption::ElementsXsinil | ForXmlOption::ElementsAbsent => 2,
    }
}

impl Cursor<'_> {
    /// Hand the statement that spans kept tokens `start..end` the parts anchored inside it,
    /// placed by count. An error when a part has no place in this statement (it is never dropped).
    pub(crate) fn take_side_clauses(
        &mut self,
        start: usize,
        end: usize,
        stmt: &Stmt,
    ) -> Result<Vec<SideClause>, ParserError> {
        let mine = self.drain_pending(start, end);
        // Statements kept as text hold the parts in their text.
        if mine.is_empty() || matches!(stmt, Stmt::Opaque { .. }) {
            return Ok(Vec::new());
        }
        let seg = segment(stmt);
        let mut out = Vec::with_capacity(mine.len());
        for p in mine {
            let not_here = || {
                ParserError::ParserError(format!(
                    "Expected: no such clause in this statement, found: {} at Line: {}, Column: {}",
                    super::driver::excerpt(self.map.text(p.start, p.end)),
                    p.start.line,
                    p.start.column
                ))
            };
            if seg.is_none() {
                return Err(not_here());
            }
            let kind = match p.kind {
                PendingKind::JoinHint(hint) => {
                    SideClauseKind::JoinHint { join: self.count_joins(start, p.anchor), hint }
                }
                PendingKind::ForXml(option) => {
                    SideClauseKind::ForXml { clause: self.count_for(start, p.anchor, "XML"), option }
                }
                PendingKind::ForJsonRoot => {
                    SideClauseKind::ForJsonRoot { clause: self.count_for(start, p.anchor, "JSON") }
                }
                PendingKind::SystemTime { table_end, period } => {
                    let table = seg.as_ref().and_then(|s| table_index(s, table_end)).ok_or_else(not_here)?;
                    SideClauseKind::SystemTime { table, period }
                }
                PendingKind::DmlTop(top) => SideClauseKind::DmlTop(top),
                PendingKind::CurrentOf { cursor, global } => {
                    let dml = matches!(
                        seg,
                        Some(Segment::Statement(
                            sqlparser::ast::Statement::Update(sqlparser::ast::Update { selection: None, .. })
                                | sqlparser::ast::Statement::Delete(sqlparser::ast::Delete { selection: None, .. })
                        ))
                    );
                    if !dml {
                        return Err(not_here());
                    }
                    SideClauseKind::CurrentOf { cursor, global }
                }
            };
            out.push(SideClause { span: self.map.span(p.start, p.end), kind });
        }
        // One order whatever order the options were written in, so that a printed statement
        // has the same side clauses as the original.
        out.sort_by_key(|c| match &c.kind {
            SideClauseKind::JoinHint { join, .. } => (0, *join, 0),
            SideClauseKind::ForXml { clause, option } => (1, *clause, xml_option_rank(option)),
            SideClauseKind::ForJsonRoot { clause } => (1, *clause, 0),
            SideClauseKind::SystemTime { table, .. } => (2, *table, 0),
            SideClauseKind::DmlTop(_) => (3, 0, 0),
            SideClauseKind::CurrentOf { .. } => (4, 0, 0),
        });
        Ok(out)
    }

    /// Remove and return the pending parts anchored in `start..end`.
    pub(crate) fn drain_pending(&mut self, start: usize, end: usize) -> Vec<Pending> {
        // `pending` is sorted by anchor.
        let lo = self.pending.partition_point(|p| p.anchor < start);
        let hi = self.pending.partition_point(|p| p.anchor < end).max(lo);
        self.pending.drain(lo..hi).collect()
    }

    /// JOIN keywords in kept tokens `start..before`.
    fn count_joins(&self, start: usize, before: usize) -> usize {
        (start..before).filter(|&i| upper(&self.tok(i).token).as_deref() == Some("JOIN")).count()
    }

    /// `FOR XML` (or `FOR JSON`) pairs in kept tokens `start..before`.
    fn count_for(&self, start: usize, before: usize, what: &str) -> usize {
        (start..before)
            .filter(|&i| {
                upper(&self.tok(i).token).as_deref() == Some("FOR")
                    && self.next_non_ws(i + 1).and_then(|j| upper(&self.tok(j).token)).as_deref() == Some(what)
            })
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::tokenizer::Tokenizer;

    fn kept_and_parts(sql: &str) -> (String, Vec<String>) {
        let tokens = Tokenizer::new(&DIALECT, sql).tokenize_with_location().unwrap_or_default();
        let (kept, pending) = extract(tokens);
        let text: String = kept.iter().map(|t| t.token.to_string()).collect();
        (
            text.split_whitespace().collect::<Vec<_>>().join(" "),
            pending.iter().map(|p| format!("{:?}", p.kind)).collect(),
        )
    }

    proptest::proptest! {
        /// Skipping batches without work gives what the whole pass gives.
        #[test]
        fn skipping_batches_without_work_changes_nothing(
            picks in proptest::collection::vec(0..FRAGMENTS.len(), 0..16),
        ) {
            let sql: String = picks.iter().map(|&i| FRAGMENTS[i]).collect::<Vec<_>>().join(" ");
            let tokens = Tokenizer::new(&DIALECT, &sql).tokenize_with_location().unwrap_or_default();
            let (fast, fast_pending) = extract(tokens.clone());
            let (all, all_pending) = extract_all(tokens);
            let with_spans = |v: &[TokenWithSpan]| v.iter().map(|t| (t.token.clone(), t.span)).collect::<Vec<_>>();
            proptest::prop_assert_eq!(with_spans(&fast), with_spans(&all));
            proptest::prop_assert_eq!(format!("{fast_pending:?}"), format!("{all_pending:?}"));
        }
    }

    const FRAGMENTS: &[&str] = &[
        "SELECT a FROM t",
        "INSERT INTO t VALUES (1)",
        "INSERT TOP (2) INTO t SELECT 1",
        "insert top(5) percent t select 1",
        "DELETE TOP (1) FROM t",
        "UPDATE [top] SET a = 1",
        "UPDATE TOP (3) t SET a = 1",
        "MERGE INTO t WITH (HOLDLOCK) AS T USING s ON 1 = 1 WHEN MATCHED THEN DELETE;",
        "INNER LOOP JOIN b ON 1 = 1",
        "LEFT HASH JOIN c ON 1 = 1",
        "loop",
        "FOR XML PATH('x')",
        "FOR JSON AUTO",
        "FOR SYSTEM_TIME AS OF '2020-01-01'",
        "FOR UPDATE",
        "WHERE CURRENT OF c",
        "WHERE a = 1",
        "(",
        ")",
        ",",
    ];

    #[test]
    fn join_hints_are_taken_out_only_after_a_join_type() {
        let (text, parts) =
            kept_and_parts("SELECT 1 FROM a INNER LOOP JOIN b ON 1 = 1 LEFT OUTER HASH JOIN c ON 1 = 1");
        assert_eq!(text, "SELECT 1 FROM a INNER JOIN b ON 1 = 1 LEFT OUTER JOIN c ON 1 = 1");
        assert_eq!(parts, ["JoinHint(Loop)", "JoinHint(Hash)"]);
        // OPTION (HASH JOIN) is a query hint, not a join hint.
        let (text, parts) = kept_and_parts("SELECT 1 FROM a OPTION (HASH JOIN)");
        assert_eq!(text, "SELECT 1 FROM a OPTION (HASH JOIN)");
        assert!(parts.is_empty());
    }

    #[test]
    fn for_xml_keeps_what_sqlparser_reads() {
        let (text, parts) = kept_and_parts(
            "SELECT * FROM t FOR XML RAW('r'), XMLSCHEMA('urn:x'), BINARY BASE64, ELEMENTS XSINIL, ROOT",
        );
        assert_eq!(text, "SELECT * FROM t FOR XML RAW('r'), BINARY BASE64, ELEMENTS");
        assert_eq!(parts, ["ForXml(XmlSchema(Some(\"urn:x\")))", "ForXml(ElementsXsinil)", "ForXml(Root)"]);
        let (text, parts) = kept_and_parts("SELECT STUFF((SELECT ',' + n FROM t FOR XML PATH('')), 1, 1, '')");
        assert_eq!(text, "SELECT STUFF((SELECT ',' + n FROM t FOR XML PATH('')), 1, 1, '')");
        assert!(parts.is_empty());
    }

    #[test]
    fn for_json_root_without_a_name_is_taken_out() {
        let (text, parts) = kept_and_parts("SELECT a FROM t FOR JSON PATH, ROOT, INCLUDE_NULL_VALUES");
        assert_eq!(text, "SELECT a FROM t FOR JSON PATH, INCLUDE_NULL_VALUES");
        assert_eq!(parts, ["ForJsonRoot"]);
        let (text, parts) = kept_and_parts("SELECT a FROM t FOR JSON AUTO, ROOT('r')");
        assert_eq!(text, "SELECT a FROM t FOR JSON AUTO, ROOT('r')");
        assert!(parts.is_empty());
    }

    #[test]
    fn system_time_periods_are_taken_out() {
        let (text, parts) = kept_and_parts("SELECT x FROM a.b FOR SYSTEM_TIME BETWEEN @s AND @e AS h WHERE 1 = 1");
        assert_eq!(text, "SELECT x FROM a.b AS h WHERE 1 = 1");
        assert_eq!(parts.len(), 1);
        assert!(parts[0].starts_with("SystemTime"), "{parts:?}");
        let (text, _) = kept_and_parts("SELECT x FROM a FOR SYSTEM_TIME AS OF '2020-01-01'");
        assert_eq!(text, "SELECT x FROM a FOR SYSTEM_TIME AS OF '2020-01-01'");
        // PERIOD FOR SYSTEM_TIME in a table definition is not a query period.
        let (text, parts) = kept_and_parts("CREATE TABLE t (a int, PERIOD FOR SYSTEM_TIME (f, t))");
        assert_eq!(text, "CREATE TABLE t (a int, PERIOD FOR SYSTEM_TIME (f, t))");
        assert!(parts.is_empty());
    }

    #[test]
    fn where_current_of_is_taken_out() {
        let (text, parts) =
            kept_and_parts("UPDATE t SET a = 1 WHERE CURRENT OF GLOBAL c\nDELETE t WHERE CURRENT OF [c2]");
        assert_eq!(text, "UPDATE t SET a = 1 DELETE t");
        assert_eq!(parts.len(), 2, "{parts:?}");
        // `current` as a column name stays.
        let (text, parts) = kept_and_parts("SELECT 1 FROM t WHERE current = 1");
        assert_eq!(text, "SELECT 1 FROM t WHERE current = 1");
        assert!(parts.is_empty());
    }

    #[test]
    fn dml_top_and_merge_hints() {
        let (text, parts) = kept_and_parts("DELETE TOP (5) PERCENT FROM t");
        assert_eq!(text, "DELETE FROM t");
        assert_eq!(parts.len(), 1);
        let (text, _) = kept_and_parts("MERGE INTO t WITH (HOLDLOCK) AS T USING s ON 1 = 1");
        assert_eq!(text, "MERGE INTO t AS T WITH (HOLDLOCK) USING s ON 1 = 1");
        let (text, _) = kept_and_parts("MERGE t WITH (HOLDLOCK) USING s ON 1 = 1");
        assert_eq!(text, "MERGE t WITH (HOLDLOCK) USING s ON 1 = 1");
    }
}
