//! `TsqlDialect`: sqlparser's `MsSqlDialect` with our corrections for semicolon-less T-SQL.
//!
//! sqlparser checks the dialect with `dialect_of!(self is MsSqlDialect)`, which compares type ids,
//! so `dialect()` reports `MsSqlDialect`'s id and every MSSQL override is forwarded. What we change:
//! statement-starting keywords that sqlparser would take as an implicit alias when a statement has
//! no `;` (`DELETE FROM t` + newline + `COMMIT` must not alias `t` as `COMMIT`).

use sqlparser::ast::{
    CastKind, Expr, Function, FunctionArg, FunctionArgExpr, FunctionArgumentList, FunctionArguments, GranteesType,
    Ident, ObjectName, Statement, WindowType,
};
use sqlparser::dialect::{Dialect, MsSqlDialect};
use sqlparser::keywords::Keyword;
use sqlparser::parser::{Parser, ParserError};
use sqlparser::tokenizer::{Span, Token};
use std::any::TypeId;

/// sqlparser's MSSQL dialect with T-SQL alias fixes. See the module docs.
#[derive(Debug, Default, Clone, Copy)]
pub struct TsqlDialect {
    inner: MsSqlDialect,
}

impl TsqlDialect {
    /// The dialect (a `const fn` so it can live in a `static`).
    pub const fn new() -> Self {
        TsqlDialect { inner: MsSqlDialect {} }
    }
}

/// Keywords that begin a T-SQL statement and can follow a statement without `;`. MsSqlDialect
/// already refuses most as aliases; these are the ones it still accepts.
fn is_statement_keyword(kw: &Keyword) -> bool {
    matches!(
        kw,
        Keyword::COMMIT
            | Keyword::ROLLBACK
            | Keyword::CONTINUE
            | Keyword::BEGIN
            | Keyword::END
            | Keyword::OPEN
            | Keyword::FETCH
            | Keyword::CLOSE
            | Keyword::DEALLOCATE
            | Keyword::WAITFOR
            | Keyword::USE
            | Keyword::GRANT
            | Keyword::DENY
            | Keyword::REVOKE
            | Keyword::SELECT
            | Keyword::WITH
            | Keyword::OPTION
    )
}

/// Keywords that can never begin an expression in T-SQL.
fn is_never_an_expression(kw: &Keyword) -> bool {
    matches!(
        kw,
        Keyword::FROM
            | Keyword::WHERE
            | Keyword::GROUP
            | Keyword::ORDER
            | Keyword::HAVING
            | Keyword::UNION
            | Keyword::EXCEPT
            | Keyword::INTERSECT
            | Keyword::SELECT
            | Keyword::INSERT
            | Keyword::UPDATE
            | Keyword::DELETE
            | Keyword::MERGE
            | Keyword::SET
            | Keyword::JOIN
            | Keyword::ON
            | Keyword::INNER
            | Keyword::CROSS
            | Keyword::FULL
            | Keyword::OUTER
            | Keyword::WHEN
            | Keyword::THEN
            | Keyword::ELSE
            | Keyword::END
            | Keyword::AS
            | Keyword::BY
            | Keyword::INTO
            | Keyword::VALUES
            | Keyword::DECLARE
            | Keyword::BEGIN
            | Keyword::COMMIT
            | Keyword::ROLLBACK
            | Keyword::RETURN
            | Keyword::WHILE
            | Keyword::EXEC
            | Keyword::EXECUTE
    )
}

/// T-SQL statement words sqlparser has no keyword for (`BREAK`, `GOTO`, `SAVE`). The alias
/// validators run after the candidate word was consumed, so it is the current token.
fn is_statement_word(parser: &Parser) -> bool {
    match &parser.get_current_token().token {
        Token::Word(w) if w.quote_style.is_none() => {
            matches!(w.value.to_ascii_uppercase().as_str(), "BREAK" | "GOTO" | "SAVE")
        }
        _ => false,
    }
}

/// `NEXT VALUE FOR` at the cursor?
fn is_next_value_for(parser: &Parser) -> bool {
    let word = |n: usize| match &parser.peek_nth_token_ref(n).token {
        Token::Word(w) if w.quote_style.is_none() => Some(w.value.to_ascii_uppercase()),
        _ => None,
    };
    word(0).as_deref() == Some("NEXT") && word(1).as_deref() == Some("VALUE") && word(2).as_deref() == Some("FOR")
}

/// `NEXT VALUE FOR seq [OVER ([PARTITION BY ...] ORDER BY ...)]`, held as a call of the function
/// named `NEXT VALUE FOR` (a name nobody can write unquoted) with the sequence as its argument
/// and the `OVER` clause as its window.
fn parse_next_value_for(parser: &mut Parser) -> Result<Expr, ParserError> {
    let start = parser.next_token().span.start;
    parser.next_token();
    let end = parser.next_token().span.end;
    let seq = parser.parse_object_name(false)?;
    let parts: Vec<Ident> = seq.0.iter().filter_map(|p| p.as_ident().cloned()).collect();
    let arg = match parts.as_slice() {
        [one] => Expr::Identifier(one.clone()),
        _ => Expr::CompoundIdentifier(parts),
    };
    let over = if parser.parse_keyword(Keyword::OVER) {
        parser.expect_token(&Token::LParen)?;
        Some(WindowType::WindowSpec(parser.parse_window_spec()?))
    } else {
        None
    };
    Ok(Expr::Function(Function {
        name: ObjectName::from(vec![Ident::with_span(Span::new(start, end), super::clauses::NEXT_VALUE_FOR)]),
        uses_odbc_syntax: false,
        parameters: FunctionArguments::None,
        args: FunctionArguments::List(FunctionArgumentList {
            duplicate_treatment: None,
            args: vec![FunctionArg::Unnamed(FunctionArgExpr::Expr(arg))],
            clauses: vec![],
        }),
        filter: None,
        null_treatment: None,
        over,
        within_group: vec![],
    }))
}

/// After a type name, at `::`: the static method call, held as a call of the function named
/// `type::Method` (one unquoted name, which nobody can write, so it never stands for a real
/// function; it prints back as written).
fn parse_static_method(parser: &mut Parser, type_name: &Expr) -> Result<Expr, ParserError> {
    let colons = parser.next_token();
    let parts: Vec<&Ident> = match type_name {
        Expr::Identifier(i) => vec![i],
        Expr::CompoundIdentifier(v) => v.iter().collect(),
        _ => return parser.expected("a type name before ::", colons),
    };
    let method = parser.parse_identifier()?;
    if parser.peek_token_ref().token != Token::LParen {
        return parser.expected("( after the method name", parser.peek_token());
    }
    let type_text: Vec<String> = parts.iter().map(|i| super::print::ident(i)).collect();
    let name = format!("{}::{}", type_text.join("."), super::print::ident(&method));
    let start = parts.first().map_or(colons.span.start, |i| i.span.start);
    let ident = Ident::with_span(Span::new(start, method.span.end), name);
    let call = parser.parse_function(ObjectName::from(vec![ident]))?;
    // Instance methods may follow: `geography::Point(...).STAsText()`.
    parser.parse_compound_expr(call, Vec::new())
}

/// Were the last two tokens read `TOP (`? (sqlparser reads `TOP (expr)` with `parse_expr` after
/// the parenthesis, so a query there reaches the expression prefix.)
fn after_top_paren(parser: &Parser) -> bool {
    let mut i = parser.index();
    let mut seen = Vec::with_capacity(2);
    while i > 0 && seen.len() < 2 {
        i -= 1;
        let t = &parser.token_at(i).token;
        if !matches!(t, Token::Whitespace(_)) {
            seen.push(t.clone());
        }
    }
    matches!(seen.as_slice(), [Token::LParen, Token::Word(w)] if w.quote_style.is_none() && w.keyword == Keyword::TOP)
}

/// `CAST(...)`, `CONVERT(...)` and their `TRY_` forms through sqlparser's own function for them,
/// skipping the typed-string attempt before it; `None` (and the parser where it was) when that
/// function fails, so sqlparser then does all of it as usual.
fn cast_like(
    parser: &mut Parser,
    mut f: impl FnMut(&mut Parser) -> Result<Expr, ParserError>,
) -> Option<Result<Expr, ParserError>> {
    match parser.maybe_parse(|p| {
        p.advance_token();
        f(p)
    }) {
        Ok(Some(expr)) => Some(Ok(expr)),
        _ => None,
    }
}

impl Dialect for TsqlDialect {
    fn dialect(&self) -> TypeId {
        TypeId::of::<MsSqlDialect>()
    }
    fn is_delimited_identifier_start(&self, ch: char) -> bool {
        self.inner.is_delimited_identifier_start(ch)
    }
    fn is_identifier_start(&self, ch: char) -> bool {
        self.inner.is_identifier_start(ch)
    }
    fn is_identifier_part(&self, ch: char) -> bool {
        self.inner.is_identifier_part(ch)
    }
    fn identifier_quote_style(&self, identifier: &str) -> Option<char> {
        self.inner.identifier_quote_style(identifier)
    }
    fn convert_type_before_value(&self) -> bool {
        self.inner.convert_type_before_value()
    }
    fn supports_outer_join_operator(&self) -> bool {
        self.inner.supports_outer_join_operator()
    }
    fn supports_dollar_as_money_prefix(&self) -> bool {
        self.inner.supports_dollar_as_money_prefix()
    }
    fn supports_connect_by(&self) -> bool {
        self.inner.supports_connect_by()
    }
    fn supports_eq_alias_assignment(&self) -> bool {
        self.inner.supports_eq_alias_assignment()
    }
    fn supports_try_convert(&self) -> bool {
        self.inner.supports_try_convert()
    }
    fn supports_boolean_literals(&self) -> bool {
        self.inner.supports_boolean_literals()
    }
    fn supports_named_fn_args_with_colon_operator(&self) -> bool {
        self.inner.supports_named_fn_args_with_colon_operator()
    }
    fn supports_named_fn_args_with_expr_name(&self) -> bool {
        self.inner.supports_named_fn_args_with_expr_name()
    }
    fn supports_named_fn_args_with_rarrow_operator(&self) -> bool {
        self.inner.supports_named_fn_args_with_rarrow_operator()
    }
    fn supports_start_transaction_modifier(&self) -> bool {
        self.inner.supports_start_transaction_modifier()
    }
    fn supports_end_transaction_modifier(&self) -> bool {
        self.inner.supports_end_transaction_modifier()
    }
    fn supports_set_stmt_without_operator(&self) -> bool {
        self.inner.supports_set_stmt_without_operator()
    }
    fn supports_table_versioning(&self) -> bool {
        self.inner.supports_table_versioning()
    }
    fn supports_nested_comments(&self) -> bool {
        self.inner.supports_nested_comments()
    }
    fn supports_object_name_double_dot_notation(&self) -> bool {
        self.inner.supports_object_name_double_dot_notation()
    }
    /// T-SQL has `GROUPING SETS`, `ROLLUP`, `CUBE` and the empty grouping set `()`;
    /// MsSqlDialect does not enable them.
    fn supports_group_by_expr(&self) -> bool {
        true
    }
    /// `GROUP BY a WITH ROLLUP|CUBE`, the pre-2008 T-SQL spelling.
    fn supports_group_by_with_modifier(&self) -> bool {
        true
    }
    fn get_reserved_grantees_types(&self) -> &[GranteesType] {
        self.inner.get_reserved_grantees_types()
    }
    fn is_select_item_alias(&self, explicit: bool, kw: &Keyword, parser: &mut Parser) -> bool {
        if !explicit && (is_statement_keyword(kw) || is_statement_word(parser)) {
            return false;
        }
        self.inner.is_select_item_alias(explicit, kw, parser)
    }
    fn is_table_factor_alias(&self, explicit: bool, kw: &Keyword, parser: &mut Parser) -> bool {
        if !explicit && (is_statement_keyword(kw) || is_statement_word(parser)) {
            return false;
        }
        self.inner.is_table_factor_alias(explicit, kw, parser)
    }
    /// `NEXT VALUE FOR seq [OVER (...)]`; a query right after `TOP (` (`TOP (SELECT ...)`); and a
    /// clause or statement keyword where an expression should start is an error, not a column
    /// named `WHERE` (sqlparser would read `SET id = WHERE id = 1` as assigning a column `WHERE`).
    fn parse_prefix(&self, parser: &mut Parser) -> Option<Result<Expr, ParserError>> {
        if is_next_value_for(parser) {
            return Some(parse_next_value_for(parser));
        }
        if matches!(parser.peek_token_ref().token, Token::Word(ref w) if w.quote_style.is_none() && matches!(w.keyword, Keyword::SELECT | Keyword::WITH))
            && after_top_paren(parser)
        {
            return Some(parser.parse_query().map(Expr::Subquery));
        }
        let tok = parser.peek_token_ref();
        match &tok.token {
            Token::Word(w) if w.quote_style.is_none() && is_never_an_expression(&w.keyword) => {
                Some(Err(ParserError::ParserError(format!(
                    "Expected: an expression, found: {} at Line: {}, Column: {}",
                    w.value, tok.span.start.line, tok.span.start.column
                ))))
            }
            // A literal where an expression starts: sqlparser's own `parse_value`, without its
            // speculative `type 'string'` attempt (`DATE '2020-01-01'`), which always fails on a
            // literal and builds an error message it then drops: about a tenth of all parse work
            // on a data script. The result is the one sqlparser returns, except at its recursion
            // limit: a literal needs no recursion, so it still parses there (ADR 0001 addendum).
            Token::Number(..)
            | Token::SingleQuotedString(_)
            | Token::NationalStringLiteral(_)
            | Token::HexStringLiteral(_) => Some(parser.parse_value().map(Expr::Value)),
            // The same for `NULL` and the cast functions, which sqlparser reads as reserved words
            // after the failed attempt. A cast that does not parse is left to sqlparser's whole
            // path (`maybe_parse` rewinds), so its errors and fallbacks stay its own.
            // A `:name` or `@name` placeholder is written without a blank, which sqlparser checks
            // on the whitespace tokens; the parser's tokens have no spaces (ADR 0001), so the gap
            // is read from the spans.
            Token::Colon | Token::AtSign => {
                let end = tok.span.end;
                let next = parser.peek_nth_token_ref(1);
                (next.span.start != end).then(|| {
                    let next = next.clone();
                    parser.expected("placeholder", next)
                })
            }
            // A name where an expression starts (`t`, `[Amount]`) that is not a keyword: sqlparser
            // first tries it as a type name before a string (`DATE '2020-01-01'`), which fails for
            // any name that is not a keyword and builds an error message it then drops (about a
            // seventh of the parse of a view), then reads it as an identifier. Followed by `(` (a
            // call), a string (a MySQL introducer) or `=>`/`->`, it is left to sqlparser. The
            // `.` of `t.[Amount]` is read after the prefix (`parse_compound_expr`), as for
            // sqlparser's own identifier. Same trees, except at the recursion limit (one level
            // less is used), as for literals (ADR 0001 addendum).
            Token::Word(w)
                if w.keyword == Keyword::NoKeyword && plain_name_follows(parser, self.supports_lambda_functions()) =>
            {
                let ident = w.to_ident(tok.span);
                parser.advance_token();
                Some(Ok(Expr::Identifier(ident)))
            }
            Token::Word(w) if w.quote_style.is_none() => match w.keyword {
                Keyword::NULL => Some(parser.parse_value().map(Expr::Value)),
                Keyword::CAST => cast_like(parser, |p| p.parse_cast_expr(CastKind::Cast)),
                Keyword::TRY_CAST => cast_like(parser, |p| p.parse_cast_expr(CastKind::TryCast)),
                Keyword::CONVERT => cast_like(parser, |p| p.parse_convert_expr(false)),
                Keyword::TRY_CONVERT if self.supports_try_convert() => {
                    cast_like(parser, |p| p.parse_convert_expr(true))
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// `type::Method(args)`: T-SQL's `::` calls a static method of a CLR type
    /// (`geometry::STGeomFromText(...)`, `hierarchyid::GetRoot()`); sqlparser would make a cast
    /// to a type `GetRoot()` of it.
    fn parse_infix(&self, parser: &mut Parser, expr: &Expr, precedence: u8) -> Option<Result<Expr, ParserError>> {
        // `x::name` without a call stays sqlparser's reading (a cast, as other tools read it).
        if parser.peek_token_ref().token == Token::DoubleColon
            && matches!(parser.peek_nth_token_ref(1).token, Token::Word(_))
            && parser.peek_nth_token_ref(2).token == Token::LParen
        {
            return Some(parse_static_method(parser, expr));
        }
        self.inner.parse_infix(parser, expr, precedence)
    }

    fn parse_statement(&self, parser: &mut Parser) -> Option<Result<Statement, ParserError>> {
        self.inner.parse_statement(parser)
    }
    fn get_next_precedence(&self, parser: &Parser) -> Option<Result<u8, ParserError>> {
        self.inner.get_next_precedence(parser)
    }
}

/// Whether the token after the next one lets a name that is not a keyword be read as a plain
/// identifier: not a call's `(`, not a string (`_utf8'x'`, an introducer), not a lambda's arrow
/// (`a -> ...`, `a INT -> ...`, where the dialect has lambdas). sqlparser reads every other
/// follower as the end of the identifier (`parse_expr_prefix_by_unreserved_word`).
fn plain_name_follows(parser: &Parser, lambdas: bool) -> bool {
    match parser.peek_nth_token_ref(1).token {
        Token::LParen
        | Token::SingleQuotedString(_)
        | Token::DoubleQuotedString(_)
        | Token::HexStringLiteral(_)
        | Token::NationalStringLiteral(_)
        | Token::Arrow => false,
        Token::Word(_) => !lambdas,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::parser::ParserOptions;

    /// Parse `sql` with `dialect`; the trees (spans included, as JSON) or the error.
    fn parse_with(dialect: &dyn Dialect, sql: &str) -> String {
        let options = ParserOptions { require_semicolon_stmt_delimiter: false, ..ParserOptions::new() };
        let parsed =
            Parser::new(dialect).with_options(options).try_with_sql(sql).and_then(|mut p| p.parse_statements());
        match parsed {
            Ok(stmts) => serde_json::to_string(&stmts).unwrap_or_default(),
            Err(e) => format!("error: {e}"),
        }
    }

    #[test]
    fn literal_and_name_fast_paths_give_sqlparsers_trees() {
        // Nothing else TsqlDialect changes appears in these, so a difference from plain
        // MsSqlDialect could only come from the literal and name fast paths.
        let inputs = [
            "SELECT 1",
            "SELECT ((((1))))",
            "SELECT -(-(-(1))), +2, - 3.5e2, 1e3, .5, 12.",
            "SELECT 'a' + N'b' + 0x1F, 'it''s', ''",
            "INSERT INTO t (a, b) VALUES (1, N'x'), (-2.5, 'y'), (NULL, 0x00)",
            "SELECT CAST('1' AS INT), CONVERT(date, '2020-01-01', 23), DATE '2020-01-01'",
            "SELECT CASE WHEN 1 = 1 THEN 'a' ELSE 'b' END FROM t WHERE x IN (1, 2, 3) AND y LIKE 'a%'",
            "SELECT 1 +",
            "SELECT 'unterminated",
            "SELECT NULL, CAST(NULL AS int), CAST(1.5 AS Decimal(12, 2)), TRY_CAST('x' AS date)",
            "SELECT CONVERT(varchar(10), GETDATE(), 112), TRY_CONVERT(int, '1'), CONVERT(int, 1 + 2)",
            "SELECT CAST(x AS int) + 1 FROM t WHERE CAST(y AS date) IS NULL",
            "SELECT CAST(1), CAST, CONVERT(int), cast(a as int)",
            "INSERT [dbo].[T] ([A], [B]) VALUES (1, CAST(12.34 AS Decimal(12, 2))), (NULL, CAST(-1 AS money))",
            // Names that are not keywords, with every kind of follower.
            "SELECT t.[Amount] * t.Qty AS [Total], x, [y] z, \"q\", a.b.c.d FROM [dbo].[T] t WHERE t.[Id] = p.Id",
            "SELECT x, y FROM t ORDER BY x DESC, [y]; SELECT z",
            "SELECT f(x), [f](x), dbo.f(x), x.y(z), foo 'bar', _utf8 'x', foo N'x', foo 0x1F, a => 1",
            "SELECT x + y - z * w / v % u, x || y, x = y, x <> y, x != y, x < y, x <= y, x > y, x >= y",
            "SELECT CASE x WHEN y THEN z ELSE w END, x IS NULL, x IN (y, z), x BETWEEN y AND z, x LIKE y",
            "SELECT x.*, t.[*], [x].[y].*, (x), ((x)), -x, ~x, NOT x, x COLLATE Latin1_General_CI_AS",
            "SELECT x FROM t WHERE EXISTS (SELECT y FROM u WHERE u.z = t.z) AND x IN (SELECT w FROM v)",
            "SELECT ROW_NUMBER() OVER (PARTITION BY x ORDER BY y) AS rn, COUNT(x), SUM(DISTINCT x) FROM t",
            "SELECT xml 'a', x::int, x::y, x.y::z, @v, @@rowcount, #t.x, x",
            "SELECT x",
        ];
        let tsql = TsqlDialect::new();
        let mssql = MsSqlDialect {};
        for sql in inputs {
            assert_eq!(parse_with(&tsql, sql), parse_with(&mssql, sql), "{sql}");
        }
    }
}
