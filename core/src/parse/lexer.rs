//! A byte-level tokenizer for the common subset of T-SQL that produces exactly the tokens and spans
//! of sqlparser's `Tokenizer` with [`super::dialect::TsqlDialect`] (unescaping on), several times
//! faster: sqlparser walks a `Peekable<Chars>`, asks the dialect about every character and builds
//! every word a character at a time.
//!
//! [`tokenize`] covers ASCII words and variables, `[...]` and `"..."` identifiers, `'...'` and
//! `N'...'` strings, decimal numbers, `--` and nested `/* */` comments and the usual punctuation
//! and operators. Non-ASCII text is fine inside strings, comments and quoted identifiers. On
//! anything else (a non-ASCII character elsewhere, `$`, `?`, `X'...'`, rare operators, any
//! input sqlparser would reject) it gives up with `None`, and the caller tokenizes the batch with
//! sqlparser; so it never has to reproduce an error. Tests compare both tokenizers on generated,
//! damaged and real inputs, token by token and span by span.

use sqlparser::keywords::{Keyword, ALL_KEYWORDS, ALL_KEYWORDS_INDEX};
use sqlparser::tokenizer::{Location, Span, Token, TokenWithSpan, Whitespace, Word};
use std::sync::OnceLock;

/// Tokens of `text` as sqlparser's tokenizer would produce them, or `None` when `text` uses
/// anything outside the subset this tokenizer knows.
#[cfg(test)]
pub(crate) fn tokenize(text: &str) -> Option<Vec<TokenWithSpan>> {
    tokens::<true>(text)
}

/// [`tokenize`] without the space and tab tokens, for the parser: it skips every whitespace token
/// anyway, and a third of a script's tokens are single spaces (line breaks and comments stay,
/// since statement boundaries and comments are read from them). The other tokens and their
/// spans are the same.
pub(crate) fn tokenize_for_parser(text: &str) -> Option<Vec<TokenWithSpan>> {
    tokens::<false>(text)
}

/// Is this one of the tokens [`tokenize_for_parser`] leaves out?
pub(crate) fn is_blank(t: &Token) -> bool {
    matches!(t, Token::Whitespace(Whitespace::Space | Whitespace::Tab))
}

fn tokens<const BLANKS: bool>(text: &str) -> Option<Vec<TokenWithSpan>> {
    // About one token per three bytes in real scripts (whitespace tokens included); room for one per
    // two, so a batch rarely has to grow (and copy) its token vector. Without the blanks a batch of
    // INSERT rows still has one per two or three bytes.
    let mut lx = Lexer { text, b: text.as_bytes(), i: 0, line: 1, col: 1 };
    let mut out = Vec::with_capacity(text.len() / 2 + 8);
    while lx.i < lx.b.len() {
        if !BLANKS {
            // A run of spaces and tabs: one column each, no token.
            let run = lx.b[lx.i..].iter().take_while(|&&c| c == b' ' || c == b'\t').count();
            if run > 0 {
                lx.bump(run);
                continue;
            }
        }
        let start = Location::new(lx.line, lx.col);
        let token = lx.token()?;
        out.push(TokenWithSpan { token, span: Span::new(start, Location::new(lx.line, lx.col)) });
    }
    Some(out)
}

struct Lexer<'a> {
    text: &'a str,
    b: &'a [u8],
    /// Byte offset of the next character.
    i: usize,
    /// sqlparser's location of the next character: 1-based line, and column in characters
    /// (a `\r` counts as a column; only `\n` starts a line).
    line: u64,
    col: u64,
}

/// `MsSqlDialect::is_identifier_part` for ASCII.
fn is_ident_part(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'@' | b'$' | b'#' | b'_')
}

impl Lexer<'_> {
    fn peek(&self, n: usize) -> Option<u8> {
        self.b.get(self.i + n).copied()
    }

    /// Consume `n` ASCII characters that are not line breaks.
    fn bump(&mut self, n: usize) {
        self.i += n;
        self.col += n as u64;
    }

    /// Consume up to byte `end`, counting lines and characters.
    fn advance_to(&mut self, end: usize) {
        for &c in &self.b[self.i..end] {
            if c == b'\n' {
                self.line += 1;
                self.col = 1;
            } else if c & 0xC0 != 0x80 {
                // Not a UTF-8 continuation byte: a new character.
                self.col += 1;
            }
        }
        self.i = end;
    }

    fn token(&mut self) -> Option<Token> {
        let c = self.b[self.i];
        let (n, token) = match c {
            b' ' => (1, Token::Whitespace(Whitespace::Space)),
            b'\t' => (1, Token::Whitespace(Whitespace::Tab)),
            b'\n' => {
                self.i += 1;
                self.line += 1;
                self.col = 1;
                return Some(Token::Whitespace(Whitespace::Newline));
            }
            b'\r' => {
                // `\r\n` and a lone `\r` are one Newline token; only `\n` moves to the next line.
                self.bump(1);
                if self.peek(0) == Some(b'\n') {
                    self.i += 1;
                    self.line += 1;
                    self.col = 1;
                }
                return Some(Token::Whitespace(Whitespace::Newline));
            }
            b'N' | b'n' if self.peek(1) == Some(b'\'') => {
                self.bump(1);
                return self.quoted(b'\'').map(Token::NationalStringLiteral);
            }
            b'X' | b'x' if self.peek(1) == Some(b'\'') => return None,
            b'\'' => return self.quoted(b'\'').map(Token::SingleQuotedString),
            b'"' => return self.quoted(b'"').map(|s| Token::Word(quoted_word(s, '"'))),
            b'[' => return self.quoted(b']').map(|s| Token::Word(quoted_word(s, '['))),
            b'0'..=b'9' | b'.' => return self.number(),
            b'(' => (1, Token::LParen),
            b')' => (1, Token::RParen),
            b',' => (1, Token::Comma),
            b'-' => match self.peek(1) {
                Some(b'-') => return Some(self.line_comment()),
                Some(b'>') => return None,
                _ => (1, Token::Minus),
            },
            b'/' => match self.peek(1) {
                Some(b'*') => return self.block_comment(),
                _ => (1, Token::Div),
            },
            b'+' => (1, Token::Plus),
            b'*' => (1, Token::Mul),
            b'%' => (1, Token::Mod),
            b'=' => match self.peek(1) {
                Some(b'>') => (2, Token::RArrow),
                Some(b'=') => (2, Token::DoubleEq),
                _ => (1, Token::Eq),
            },
            b'!' => match self.peek(1) {
                Some(b'=') => (2, Token::Neq),
                Some(b'!') => (2, Token::DoubleExclamationMark),
                Some(b'~') => return None,
                _ => (1, Token::ExclamationMark),
            },
            b'<' => match (self.peek(1), self.peek(2)) {
                (Some(b'='), Some(b'>')) => return None,
                (Some(b'='), _) => (2, Token::LtEq),
                (Some(b'>'), _) => (2, Token::Neq),
                (Some(b'<' | b'@'), _) => return None,
                _ => (1, Token::Lt),
            },
            b'>' => match self.peek(1) {
                Some(b'=') => (2, Token::GtEq),
                Some(b'>') => return None,
                _ => (1, Token::Gt),
            },
            b':' => match self.peek(1) {
                Some(b':') => (2, Token::DoubleColon),
                Some(b'=') => (2, Token::Assignment),
                _ => (1, Token::Colon),
            },
            b';' => (1, Token::SemiColon),
            b'\\' => (1, Token::Backslash),
            b']' => (1, Token::RBracket),
            b'{' => (1, Token::LBrace),
            b'}' => (1, Token::RBrace),
            b'&' => match self.peek(1) {
                Some(b'&') => return None,
                _ => (1, Token::Ampersand),
            },
            b'^' => match self.peek(1) {
                Some(b'@') => (2, Token::CaretAt),
                _ => (1, Token::Caret),
            },
            b'~' => match self.peek(1) {
                Some(b'*' | b'~') => return None,
                _ => (1, Token::Tilde),
            },
            // `#temp`, `@var`, `@@ROWCOUNT`: words when an identifier character follows.
            b'#' => match self.peek(1) {
                Some(c) if is_ident_part(c) => return self.word(),
                _ => return None,
            },
            b'@' => match (self.peek(1), self.peek(2)) {
                (Some(b'@'), Some(c)) if is_ident_part(c) => return self.word(),
                (Some(b'@'), _) => return None,
                (Some(c), _) if is_ident_part(c) => return self.word(),
                _ => return None,
            },
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => return self.word(),
            _ => return None,
        };
        self.bump(n);
        Some(token)
    }

    /// A word from the current byte on (its first character was checked by the caller).
    fn word(&mut self) -> Option<Token> {
        let start = self.i;
        let mut end = start + 1;
        while end < self.b.len() && is_ident_part(self.b[end]) {
            end += 1;
        }
        if self.b.get(end).is_some_and(|&c| c >= 0x80) {
            // A non-ASCII letter would continue the word.
            return None;
        }
        let value = &self.text[start..end];
        self.bump(end - start);
        Some(Token::Word(Word { keyword: keyword(value), value: value.to_string(), quote_style: None }))
    }

    /// The body of a quoted string or identifier: the current byte is the opening quote, `close`
    /// ends it, and a doubled `close` stands for one. `None` when it does not end.
    fn quoted(&mut self, close: u8) -> Option<String> {
        // The common case in one pass: no doubled `close`, and (for the location) no line break
        // or non-ASCII character inside, so the column moves by the byte count.
        let from = self.i + 1;
        let mut k = from;
        let mut plain = true;
        while k < self.b.len() && self.b[k] != close {
            plain &= self.b[k] != b'\n' && self.b[k] < 0x80;
            k += 1;
        }
        if k == self.b.len() {
            return None;
        }
        if self.b.get(k + 1) != Some(&close) {
            let s = self.text[from..k].to_owned();
            if plain {
                self.bump(k + 1 - self.i);
            } else {
                self.advance_to(k + 1);
            }
            return Some(s);
        }
        // A doubled `close` at `k`: go on from after it.
        let mut s = self.text[from..=k].to_owned();
        let mut from = k + 2;
        let mut at = from;
        loop {
            let rel = self.b[at..].iter().position(|&c| c == close)?;
            let q = at + rel;
            if self.b.get(q + 1) == Some(&close) {
                s.push_str(&self.text[from..=q]);
                from = q + 2;
                at = from;
            } else {
                s.push_str(&self.text[from..q]);
                self.advance_to(q + 1);
                return Some(s);
            }
        }
    }

    /// `-- comment` up to the end of the line (the line break is the next token).
    fn line_comment(&mut self) -> Token {
        let start = self.i + 2;
        let end = self.b[start..].iter().position(|&c| c == b'\n').map_or(self.b.len(), |p| start + p);
        let comment = self.text[start..end].to_string();
        self.advance_to(end);
        Token::Whitespace(Whitespace::SingleLineComment { comment, prefix: "--".to_owned() })
    }

    /// `/* comment */`; T-SQL comments nest. sqlparser keeps everything between the outermost
    /// delimiters, inner delimiters included.
    fn block_comment(&mut self) -> Option<Token> {
        let start = self.i + 2;
        let mut k = start;
        let mut depth = 1usize;
        while k < self.b.len() {
            match (self.b[k], self.b.get(k + 1)) {
                (b'/', Some(b'*')) => {
                    depth += 1;
                    k += 2;
                }
                (b'*', Some(b'/')) => {
                    depth -= 1;
                    k += 2;
                    if depth == 0 {
                        let comment = self.text[start..k - 2].to_string();
                        self.advance_to(k);
                        return Some(Token::Whitespace(Whitespace::MultiLineComment(comment)));
                    }
                }
                _ => k += 1,
            }
        }
        None
    }

    /// Digits, an optional `.` and fraction, an optional exponent, an optional `L` (sqlparser's
    /// "long" marker); `0x...` is a hex literal; a lone `.` is a period.
    fn number(&mut self) -> Option<Token> {
        let digits = |b: &[u8], mut k: usize| {
            while k < b.len() && b[k].is_ascii_digit() {
                k += 1;
            }
            k
        };
        let start = self.i;
        if self.b[start] == b'.' && self.peek(1) == Some(b'_') {
            return None;
        }
        let mut k = digits(self.b, start);
        if &self.b[start..k] == b"0" && self.b.get(k) == Some(&b'x') {
            let hex_start = k + 1;
            let mut end = hex_start;
            while end < self.b.len() && self.b[end].is_ascii_hexdigit() {
                end += 1;
            }
            let value = self.text[hex_start..end].to_string();
            self.bump(end - start);
            return Some(Token::HexStringLiteral(value));
        }
        if self.b.get(k) == Some(&b'.') {
            k = digits(self.b, k + 1);
        }
        if &self.b[start..k] == b"." {
            self.bump(1);
            return Some(Token::Period);
        }
        if matches!(self.b.get(k), Some(b'e' | b'E')) {
            let mut e = k + 1;
            if matches!(self.b.get(e), Some(b'+' | b'-')) {
                e += 1;
            }
            if self.b.get(e).is_some_and(u8::is_ascii_digit) {
                k = digits(self.b, e);
            }
        }
        let value = self.text[start..k].to_string();
        let long = self.b.get(k) == Some(&b'L');
        self.bump(k - start + usize::from(long));
        Some(Token::Number(value, long))
    }
}

fn quoted_word(value: String, quote: char) -> Word {
    Word { value, quote_style: Some(quote), keyword: Keyword::NoKeyword }
}

/// The keyword of an unquoted word, as sqlparser's case-insensitive lookup in [`ALL_KEYWORDS`]
/// finds it, through a hash table built once.
fn keyword(word: &str) -> Keyword {
    const LONGEST: usize = 64;
    let bytes = word.as_bytes();
    if bytes.len() > LONGEST {
        return Keyword::NoKeyword;
    }
    let mut upper = [0u8; LONGEST];
    for (u, b) in upper.iter_mut().zip(bytes) {
        *u = b.to_ascii_uppercase();
    }
    let upper = &upper[..bytes.len()];
    let table = KEYWORD_TABLE.get_or_init(build_keyword_table);
    let mask = table.len() - 1;
    let mut slot = hash(upper) as usize & mask;
    loop {
        match table[slot] {
            0 => return Keyword::NoKeyword,
            n => {
                let i = n as usize - 1;
                if ALL_KEYWORDS[i].as_bytes() == upper {
                    return ALL_KEYWORDS_INDEX[i];
                }
            }
        }
        slot = (slot + 1) & mask;
    }
}

/// Open addressing over [`ALL_KEYWORDS`]: slot -> keyword index + 1 (0 = empty).
static KEYWORD_TABLE: OnceLock<Vec<u16>> = OnceLock::new();

fn build_keyword_table() -> Vec<u16> {
    let size = (ALL_KEYWORDS.len() * 4).next_power_of_two();
    let mut table = vec![0u16; size];
    for (i, kw) in ALL_KEYWORDS.iter().enumerate() {
        let mut slot = hash(kw.as_bytes()) as usize & (size - 1);
        while table[slot] != 0 {
            slot = (slot + 1) & (size - 1);
        }
        table[slot] = u16::try_from(i + 1).unwrap_or(u16::MAX);
    }
    table
}

/// FNV-1a.
fn hash(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in bytes {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // Tests unwrap what they built themselves.
mod tests {
    use super::*;
    use crate::parse::dialect::TsqlDialect;
    use proptest::prelude::*;
    use sqlparser::tokenizer::Tokenizer;

    fn reference(text: &str) -> Result<Vec<TokenWithSpan>, String> {
        Tokenizer::new(&TsqlDialect::new(), text).tokenize_with_location().map_err(|e| e.to_string())
    }

    /// When the fast tokenizer answers, sqlparser must give exactly the same tokens and spans
    /// (`TokenWithSpan`'s `==` ignores spans, so they are compared on their own).
    fn check(text: &str) -> bool {
        let Some(fast) = tokenize(text) else { return false };
        let slow = reference(text)
            .unwrap_or_else(|e| panic!("fast tokenizer accepted what sqlparser rejects ({e}): {text:?}"));
        assert_eq!(fast, slow, "tokens differ for {text:?}");
        let spans = |t: &[TokenWithSpan]| t.iter().map(|t| t.span).collect::<Vec<_>>();
        assert_eq!(spans(&fast), spans(&slow), "spans differ for {text:?}");
        let for_parser = tokenize_for_parser(text).unwrap_or_else(|| panic!("only one tokenizer answered: {text:?}"));
        let expected: Vec<TokenWithSpan> = fast.into_iter().filter(|t| !is_blank(&t.token)).collect();
        assert_eq!(for_parser, expected, "parser tokens differ for {text:?}");
        assert_eq!(spans(&for_parser), spans(&expected), "parser token spans differ for {text:?}");
        true
    }

    #[test]
    fn keywords_match_sqlparser() {
        assert!(ALL_KEYWORDS.len() < usize::from(u16::MAX));
        for kw in ALL_KEYWORDS {
            for w in [kw.to_string(), kw.to_ascii_lowercase(), format!("{}x", kw), kw[..kw.len() - 1].to_string()] {
                let expected = match Token::make_word(&w, None) {
                    Token::Word(w) => w.keyword,
                    _ => unreachable!(),
                };
                assert_eq!(keyword(&w), expected, "{w}");
            }
        }
        assert_eq!(keyword(&"A".repeat(100)), Keyword::NoKeyword);
    }

    #[test]
    fn common_shapes_are_covered_and_equal() {
        let cases = [
            "SELECT 1",
            "INSERT [dbo].[T] ([ID], [Name]) VALUES (1, N'it''s', CAST(12.50 AS Decimal(12, 2)), -3, 1e5, .5, 0x1F, 2L)\r\nGO",
            "CREATE TABLE #t (a int) -- comment é\n/* a /* nested */ comment\n ü */ SELECT @@ROWCOUNT, @x, @@error;",
            "SELECT [a]]b], \"q\"\"x\", 'multi\nline é', t.* FROM t WHERE a <> b AND c <= d OR e >= f AND g != h",
            "SELECT a::int, b := 1, c => 2, d == 3, !x, ~y, a & b, a ^ b, a ^@ b, {x}, \\, ]",
            "SELECT 1.2.3, 1., 12.e3, 1e, 1e+, 1E-7, 00x1, 0X1, 1Lx, 3 % 4, a--b\r",
            "x\ry\r\n\r\nz",
            "select n'x', x, n, N, nx",
        ];
        for c in cases {
            assert!(check(c), "not covered: {c:?}");
        }
    }

    #[test]
    fn unknown_input_is_left_to_sqlparser() {
        for c in [
            "SELECT $1",
            "SELECT ?",
            "SELECT X'AB'",
            "a -> b",
            "a || b",
            "a ->> b",
            "'open",
            "[open",
            "/* open",
            "é",
            "x\u{0b}",
            "a._b",
            "@",
            "@@",
            "# x",
            "caf\u{e9}",
        ] {
            assert_eq!(tokenize(c), None, "{c:?}");
        }
    }

    const FRAGMENTS: &[&str] = &[
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "\r",
        "SELECT",
        "select",
        "from",
        "N",
        "n",
        "X",
        "x",
        "e",
        "E",
        "L",
        "_a",
        "a1",
        "Col$",
        "#t",
        "##g",
        "@v",
        "@@rowcount",
        "@",
        "#",
        "[",
        "]",
        "[a b]",
        "]]",
        "\"",
        "\"q\"",
        "'",
        "''",
        "'s'",
        "N'n'",
        "'é'",
        "é",
        "0",
        "1",
        "12",
        "0x",
        "0xAF",
        ".",
        "._",
        ".5",
        "1.",
        "1e5",
        "1e",
        "+",
        "-",
        "--",
        "-- c",
        "/*",
        "*/",
        "/* c */",
        "*",
        "/",
        "%",
        "=",
        "==",
        "=>",
        "!",
        "!=",
        "!<",
        "<",
        "<=",
        "<>",
        "<=>",
        "<<",
        "<@",
        ">",
        ">=",
        ">>",
        ":",
        "::",
        ":=",
        ";",
        ",",
        "(",
        ")",
        "\\",
        "{",
        "}",
        "&",
        "&&",
        "^",
        "^@",
        "~",
        "~*",
        "|",
        "$",
        "?",
        "`",
        "\u{0b}",
        "ü",
    ];

    /// Fragments of the subset the fast tokenizer covers (and edges of it), glued at random: most
    /// of these texts must be covered, and all covered ones must equal sqlparser.
    #[test]
    fn random_texts_of_covered_fragments_are_equal() {
        let safe: Vec<&str> = FRAGMENTS
            .iter()
            .copied()
            .filter(|f| {
                !matches!(
                    *f,
                    "$" | "?"
                        | "`"
                        | "|"
                        | "\u{0b}"
                        | "é"
                        | "ü"
                        | "<<"
                        | "<@"
                        | "<=>"
                        | ">>"
                        | "&&"
                        | "~*"
                        | "._"
                        | "@"
                        | "#"
                        | "\""
                )
            })
            .collect();
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let (mut covered, total) = (0, 20_000);
        for _ in 0..total {
            let len = next(30);
            let text: String = (0..len).map(|_| safe[next(safe.len())]).collect();
            covered += usize::from(check(&text));
        }
        assert!(covered * 3 > total, "only {covered} of {total} covered");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn fast_tokens_equal_sqlparser_tokens(parts in proptest::collection::vec(proptest::sample::select(FRAGMENTS), 0..24)) {
            let text: String = parts.concat();
            if tokenize(&text).is_some() {
                check(&text);
            }
        }

        #[test]
        fn fast_tokens_equal_sqlparser_tokens_on_any_text(text in "[ -~\t\n\ré]{0,40}") {
            if tokenize(&text).is_some() {
                check(&text);
            }
        }
    }

    /// Every script of the sample corpus and of the test fixtures, whole and batch by batch.
    #[test]
    fn real_scripts_tokenize_the_same() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut covered = 0;
        for dir in ["corpus", "tests/fixtures"] {
            let loaded = crate::source::load_path(&root.join(dir));
            for file in &loaded.sources.files {
                for batch in crate::source::split_batches(file).batches {
                    covered += usize::from(check(&batch.text));
                }
            }
        }
        assert!(covered > 900, "only {covered} batches covered");
    }
}
