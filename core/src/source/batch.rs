//! Splitting a file into batches at `GO` lines.
//!
//! `GO` is not T-SQL: SSMS and sqlcmd cut the script at lines that consist of `GO` and send each
//! piece to the server on its own. They only know enough of T-SQL's lexical rules to skip `GO`
//! inside comments, strings and quoted identifiers, and so does this scanner.

use std::ops::Range;

use crate::diagnostics::{Code, Diagnostic, FileId, LineIndex, Severity, Span};

use super::offset_map::OffsetMap;
use super::sqlcmd::{self, Vars};
use super::SourceFile;

/// sqlcmd rejects larger counts; a count this large is a typo, not an intent to run a batch a
/// million times.
const MAX_GO_COUNT: u32 = 1_000_000;

/// One batch of a file: the text between two `GO` lines, after sqlcmd substitution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    pub file: FileId,
    /// 0-based number of the batch within the file (empty batches are not counted).
    pub index: u32,
    /// The batch text after sqlcmd variable and template substitution, without the `GO` line.
    pub text: String,
    /// The `n` of `GO n` (1 for a plain `GO` or the end of the file).
    pub repeat: u32,
    /// Byte range of the batch's original text in [`SourceFile::text`].
    pub range: Range<u32>,
    map: OffsetMap,
    /// Line starts of `text`, built on first use (sqlparser locations are line/column).
    lines: LineCache,
}

/// A [`LineIndex`] of the batch text built once, on first use. It is derived data: two batches
/// are equal whether or not either has built it.
#[derive(Debug, Clone, Default)]
struct LineCache(std::sync::OnceLock<LineIndex>);

impl PartialEq for LineCache {
    fn eq(&self, _other: &Self) -> bool {
        true
    }
}
impl Eq for LineCache {}

impl Batch {
    /// The line index of [`Batch::text`] (built on first use, then shared by every lookup).
    pub fn line_index(&self) -> &LineIndex {
        self.lines.0.get_or_init(|| LineIndex::new(&self.text))
    }

    /// Byte offset in [`SourceFile::text`] of byte offset `batch_offset` in [`Batch::text`].
    ///
    /// Inside substituted text it is the start of the original `$(var)` or placeholder; offsets
    /// past the end of the batch text are clamped to the end of [`Batch::range`].
    pub fn file_offset(&self, batch_offset: u32) -> u32 {
        self.map.file_offset(batch_offset)
    }

    /// The file [`Span`] of the batch byte range `start..end`. A span that touches substituted
    /// text covers the whole original `$(var)` or placeholder.
    pub fn span(&self, start: u32, end: u32) -> Span {
        let from = self.map.file_offset(start);
        let to = if end > start { self.map.file_end_offset(end) } else { from };
        Span::new(self.file, from, to)
    }
}

/// The batches of one file and the problems found while splitting it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Split {
    pub batches: Vec<Batch>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Split `file` into batches at `GO` lines, apply `:setvar` variables and SSMS template
/// placeholders, and drop batches that hold only whitespace, comments and sqlcmd commands.
/// A skipped file has no batches.
pub fn split_batches(file: &SourceFile) -> Split {
    let mut split = Split::default();
    if file.skipped {
        return split;
    }
    let scan = scan(&file.text, file.id);
    split.diagnostics = scan.diagnostics;
    // Variables live from their `:setvar` to the end of the file, across batches.
    let mut vars = Vars::default();
    for segment in &scan.segments {
        let expanded = sqlcmd::expand(file, segment, &mut vars);
        split.diagnostics.extend(expanded.diagnostics);
        if segment.has_content {
            let index = u32::try_from(split.batches.len()).unwrap_or(u32::MAX);
            split.batches.push(Batch {
                file: file.id,
                index,
                text: expanded.text,
                repeat: segment.repeat,
                range: to_u32(segment.range.start)..to_u32(segment.range.end),
                map: expanded.map,
                lines: LineCache::default(),
            });
        }
    }
    split
}

/// Whether `text` holds anything but whitespace, comments, `GO` lines and sqlcmd commands.
pub(crate) fn has_sql(text: &str) -> bool {
    let mut s = Scanner::new(text, FileId(0), false);
    let mut i = 0;
    // A segment gets its content in a step of its own (never in the step that ends it at a `GO`
    // line), so looking after each step finds the first content without scanning the rest.
    while i < s.bytes.len() {
        i = s.step(i);
        if s.current.has_content {
            return true;
        }
    }
    false
}

/// The text between two `GO` lines (or the file's start or end), before substitution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Segment {
    pub(crate) range: Range<usize>,
    pub(crate) repeat: u32,
    /// Anything outside comments and sqlcmd command lines that is not whitespace.
    pub(crate) has_content: bool,
    /// sqlcmd command lines (`:setvar ...`, `:r ...`), from the line start to before the line
    /// break, in order.
    pub(crate) commands: Vec<Range<usize>>,
}

struct Scan {
    segments: Vec<Segment>,
    diagnostics: Vec<Diagnostic>,
}

/// Where the scanner is. Only `Code` can start a `GO` line; line comments are skipped whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Code,
    /// T-SQL block comments nest: `/* /* */ still comment */`.
    Block(u32),
    Quoted(u8),
}

struct Scanner<'a> {
    bytes: &'a [u8],
    /// One byte per step, without the skips (the reference the tests compare the skips with).
    stepwise: bool,
    file: FileId,
    state: State,
    current: Segment,
    out: Scan,
}

fn scan(text: &str, file: FileId) -> Scan {
    scan_with(text, file, false)
}

fn scan_with(text: &str, file: FileId, stepwise: bool) -> Scan {
    let mut s = Scanner::new(text, file, stepwise);
    let mut i = 0;
    while i < s.bytes.len() {
        i = s.step(i);
    }
    s.current.range.end = s.bytes.len();
    s.out.segments.push(s.current);
    s.out
}

impl Segment {
    fn starting_at(start: usize) -> Self {
        Segment { range: start..start, repeat: 1, has_content: false, commands: Vec::new() }
    }
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str, file: FileId, stepwise: bool) -> Self {
        Scanner {
            bytes: text.as_bytes(),
            stepwise,
            file,
            state: State::Code,
            current: Segment::starting_at(0),
            out: Scan { segments: Vec::new(), diagnostics: Vec::new() },
        }
    }

    /// Consume one token-ish piece starting at `i`; return where the next one starts.
    fn step(&mut self, i: usize) -> usize {
        let at_line_start = i == 0 || self.bytes[i - 1] == b'\n';
        if at_line_start && self.state == State::Code {
            if let Some(next) = self.line_command(i) {
                return next;
            }
        }
        match self.state {
            State::Code => self.code(i),
            State::Block(depth) => self.block(i, depth),
            State::Quoted(close) => self.quoted(i, close),
        }
    }

    /// A `GO` line or a sqlcmd command line at `i`, if there is one.
    fn line_command(&mut self, i: usize) -> Option<usize> {
        if let Some(go) = parse_go_line(self.bytes, i) {
            let repeat = self.go_count(&go);
            self.end_segment(i, go.next, repeat);
            return Some(go.next);
        }
        if !is_sqlcmd_command(self.bytes, i) {
            return None;
        }
        // sqlcmd commands are whole lines; the line break stays in the batch.
        let end = line_end(self.bytes, i);
        self.current.commands.push(i..trim_cr(self.bytes, i, end));
        Some(end)
    }

    fn end_segment(&mut self, go_line: usize, next: usize, repeat: u32) {
        let mut done = std::mem::replace(&mut self.current, Segment::starting_at(next));
        done.range.end = go_line;
        done.repeat = repeat;
        self.out.segments.push(done);
    }

    /// The count of `GO n`; 0 and absurd counts are reported and read as 1.
    fn go_count(&mut self, go: &GoLine) -> u32 {
        let Some(digits) = go.count.clone() else {
            return 1;
        };
        let text = std::str::from_utf8(&self.bytes[digits.clone()]).unwrap_or("");
        match text.parse::<u32>() {
            Ok(n) if (1..=MAX_GO_COUNT).contains(&n) => n,
            _ => {
                let span = Span::new(self.file, to_u32(digits.start), to_u32(digits.end));
                let message = format!("`GO {text}` has a count outside 1..={MAX_GO_COUNT}, so the batch is run once.");
                self.out.diagnostics.push(
                    Diagnostic::new(Code::DM1101, message, Some(span))
                        .with_severity(Severity::Warning)
                        .with_help("Write a count between 1 and 1000000, or a plain `GO`."),
                );
                1
            }
        }
    }

    fn code(&mut self, i: usize) -> usize {
        let b = self.bytes[i];
        let next = self.bytes.get(i + 1).copied();
        match (b, next) {
            (b'-', Some(b'-')) => line_end(self.bytes, i),
            (b'/', Some(b'*')) => {
                self.state = State::Block(1);
                i + 2
            }
            (b'\'', _) | (b'"', _) | (b'[', _) => {
                self.current.has_content = true;
                let close = if b == b'[' { b']' } else { b };
                self.state = State::Quoted(close);
                let mut j = i + 1;
                // The whole quoted part in this step (`quoted` jumps from close to close).
                while !self.stepwise && j < self.bytes.len() && self.state != State::Code {
                    j = self.quoted(j, close);
                }
                j
            }
            _ if self.stepwise => {
                if !b.is_ascii_whitespace() {
                    self.current.has_content = true;
                }
                i + 1
            }
            _ => self.run(i),
        }
    }

    /// From `i` (a byte that starts nothing) on, everything up to the next comment, `GO` or
    /// command line, or the end, in one step (the common case): plain bytes, whole quoted parts,
    /// and line breaks whose next line is neither a `GO` nor a command line.
    fn run(&mut self, i: usize) -> usize {
        let bytes = self.bytes;
        let mut k = i;
        loop {
            while k < bytes.len() && !STOPS[usize::from(bytes[k])] {
                k += 1;
            }
            match bytes.get(k) {
                Some(b'\n') if !starts_line_command(bytes, k + 1) => k += 1,
                Some(b'\n') => {
                    // The next line is read by `step`, at its start.
                    k += 1;
                    break;
                }
                Some(&quote @ (b'\'' | b'"' | b'[')) => {
                    let close = if quote == b'[' { b']' } else { quote };
                    self.state = State::Quoted(close);
                    let mut j = k + 1;
                    while j < bytes.len() && self.state != State::Code {
                        j = self.quoted(j, close);
                    }
                    k = j;
                }
                Some(b'-') if bytes.get(k + 1) != Some(&b'-') => k += 1,
                Some(b'/') if bytes.get(k + 1) != Some(&b'*') => k += 1,
                _ => break,
            }
        }
        // `code` took comments and quotes at `i`, so the run is never empty; a step always moves on.
        let k = k.max(i + 1);
        if !self.current.has_content && bytes[i..k].iter().any(|b| !b.is_ascii_whitespace()) {
            self.current.has_content = true;
        }
        k
    }

    fn block(&mut self, i: usize, depth: u32) -> usize {
        match (self.bytes[i], self.bytes.get(i + 1).copied()) {
            (b'/', Some(b'*')) => {
                self.state = State::Block(depth.saturating_add(1));
                i + 2
            }
            (b'*', Some(b'/')) => {
                self.state = if depth <= 1 { State::Code } else { State::Block(depth - 1) };
                i + 2
            }
            _ if self.stepwise => i + 1,
            // Nothing but `/*` and `*/` matters inside a comment.
            _ => memchr::memchr2(b'/', b'*', &self.bytes[i + 1..]).map_or(self.bytes.len(), |n| i + 1 + n),
        }
    }

    /// Inside `'...'`, `"..."` or `[...]`: the closing character doubled is an escaped one.
    fn quoted(&mut self, i: usize, close: u8) -> usize {
        if self.bytes[i] != close {
            if self.stepwise {
                return i + 1;
            }
            return memchr::memchr(close, &self.bytes[i..]).map_or(self.bytes.len(), |n| i + n);
        }
        if self.bytes.get(i + 1) == Some(&close) {
            return i + 2;
        }
        self.state = State::Code;
        i + 1
    }
}

/// The bytes that can start a comment, a quoted part or a new line ([`Scanner::run`] stops at them).
static STOPS: [bool; 256] = {
    let mut t = [false; 256];
    t[b'-' as usize] = true;
    t[b'/' as usize] = true;
    t[b'\'' as usize] = true;
    t[b'"' as usize] = true;
    t[b'[' as usize] = true;
    t[b'\n' as usize] = true;
    t
};

/// Does a `GO` line or a sqlcmd command line start at `i` (what `Scanner::line_command` takes)?
fn starts_line_command(bytes: &[u8], i: usize) -> bool {
    parse_go_line(bytes, i).is_some() || is_sqlcmd_command(bytes, i)
}

/// Does a sqlcmd command line (`:setvar`, `:r`, ...) start at `i`?
fn is_sqlcmd_command(bytes: &[u8], i: usize) -> bool {
    let first = skip_blanks(bytes, i);
    bytes.get(first) == Some(&b':') && bytes.get(first + 1).is_some_and(u8::is_ascii_alphabetic)
}

/// A `GO` line: where the next line starts and the byte range of its count, if any.
struct GoLine {
    next: usize,
    count: Option<Range<usize>>,
}

/// `[blanks] GO [blanks count] [blanks] [-- comment]` up to the line break, case-insensitive.
fn parse_go_line(bytes: &[u8], start: usize) -> Option<GoLine> {
    let g = skip_blanks(bytes, start);
    if !bytes.get(g..g + 2)?.eq_ignore_ascii_case(b"go") {
        return None;
    }
    let mut i = g + 2;
    // `GOTO label`, `GO_x`, `GO5` are not separators: GO must end as a word.
    if bytes.get(i).is_some_and(|&b| !is_blank(b) && b != b'\n' && b != b'-') {
        return None;
    }
    i = skip_blanks(bytes, i);
    let digits_end = i + bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    let count = (digits_end > i).then_some(i..digits_end);
    i = skip_blanks(bytes, digits_end);
    // A trailing `--` comment is allowed, even without a blank before it (`GO 5--x`).
    let rest_ok = match bytes.get(i) {
        None | Some(b'\n') => true,
        Some(b'-') => bytes.get(i + 1) == Some(&b'-'),
        Some(_) => false,
    };
    if !rest_ok {
        // `GO 5x`, `GO -5`, `GO;`: not a separator, left to the parser to report.
        return None;
    }
    let end = line_end(bytes, i);
    Some(GoLine { next: (end + 1).min(bytes.len()), count })
}

/// Spaces, tabs and carriage returns (so `GO\r\n` is a `GO` line).
fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\x0b' | b'\x0c')
}

fn skip_blanks(bytes: &[u8], mut i: usize) -> usize {
    while bytes.get(i).is_some_and(|&b| is_blank(b)) {
        i += 1;
    }
    i
}

/// Offset of the `\n` ending the line that contains `i`, or the end of the text.
fn line_end(bytes: &[u8], i: usize) -> usize {
    bytes[i..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |p| i + p)
}

/// `end` moved before a `\r` that precedes the line break (CRLF files).
fn trim_cr(bytes: &[u8], start: usize, end: usize) -> usize {
    if end > start && bytes[end - 1] == b'\r' {
        end - 1
    } else {
        end
    }
}

pub(crate) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // Tests unwrap what they built themselves.
mod tests {
    use super::*;
    use crate::source::Encoding;
    use proptest::prelude::*;

    fn file(text: &str) -> SourceFile {
        SourceFile::decoded(FileId(0), "t.sql".into(), text.into(), Encoding::Utf8)
    }

    fn texts(text: &str) -> Vec<String> {
        split_batches(&file(text)).batches.into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn plain_go() {
        let f = file("select 1\nGO\nselect 2\n");
        let split = split_batches(&f);
        assert!(split.diagnostics.is_empty());
        let b = &split.batches;
        assert_eq!(b.len(), 2);
        assert_eq!((b[0].text.as_str(), b[0].index, b[0].repeat, b[0].range.clone()), ("select 1\n", 0, 1, 0..9));
        assert_eq!((b[1].text.as_str(), b[1].index, b[1].repeat, b[1].range.clone()), ("select 2\n", 1, 1, 12..21));
    }

    #[test]
    fn lower_case_and_mixed_case_go() {
        assert_eq!(texts("a\ngo\nb\nGo\nc"), ["a\n", "b\n", "c"]);
    }

    #[test]
    fn go_with_count() {
        let split = split_batches(&file("insert t default values\nGO 3\nb"));
        assert_eq!(split.batches[0].repeat, 3);
        assert_eq!(split.batches[1].repeat, 1);
        assert!(split.diagnostics.is_empty());
    }

    #[test]
    fn go_with_comment() {
        assert_eq!(texts("a\nGO -- done\nb\nGO 2 -- twice\nc\nGO--x\nd"), ["a\n", "b\n", "c\n", "d"]);
    }

    #[test]
    fn go_with_leading_and_trailing_blanks() {
        assert_eq!(texts("a\n   \tGO  \t\nb"), ["a\n", "b"]);
    }

    #[test]
    fn go_inside_nested_block_comment_is_not_a_separator() {
        // Without nesting the comment would end at the first `*/` and GO would split.
        assert_eq!(texts("a\n/* /* */\nGO\n*/\nb\nGO\nc"), ["a\n/* /* */\nGO\n*/\nb\n", "c"]);
    }

    #[test]
    fn go_inside_multi_line_string_is_not_a_separator() {
        assert_eq!(texts("select 'x\nGO\n'\nGO\nb"), ["select 'x\nGO\n'\n", "b"]);
        assert_eq!(texts("select 'it''s\nGO\n'"), ["select 'it''s\nGO\n'"]);
    }

    #[test]
    fn go_inside_quoted_identifiers_is_not_a_separator() {
        assert_eq!(texts("select [a\nGO\n]]b]\nGO\nc"), ["select [a\nGO\n]]b]\n", "c"]);
        assert_eq!(texts("select \"a\nGO\n\"\"b\"\nGO\nc"), ["select \"a\nGO\n\"\"b\"\n", "c"]);
    }

    #[test]
    fn goto_and_similar_are_not_separators() {
        let text = "GOTO label\nGO_x\nGO5\nGO;\nGO 5x\nGO -5\nselect 1 GO\n";
        assert_eq!(texts(text), [text]);
    }

    #[test]
    fn last_batch_without_go() {
        assert_eq!(texts("a\nGO\nb"), ["a\n", "b"]);
        assert_eq!(texts("a\nGO"), ["a\n"]);
    }

    #[test]
    fn crlf() {
        let split = split_batches(&file("a\r\nGO\r\nb\r\nGO 2\r\nc\r\n"));
        let got: Vec<(&str, u32)> = split.batches.iter().map(|b| (b.text.as_str(), b.repeat)).collect();
        assert_eq!(got, [("a\r\n", 1), ("b\r\n", 2), ("c\r\n", 1)]);
    }

    #[test]
    fn empty_batches_are_dropped() {
        let f = file("GO\n\nGO\n-- c\n/* x */\nGO\na\nGO\n  \n");
        let split = split_batches(&f);
        assert_eq!(split.batches.len(), 1);
        let b = &split.batches[0];
        assert_eq!((b.text.as_str(), b.index), ("a\n", 0));
        assert_eq!(&f.text[b.range.start as usize..b.range.end as usize], "a\n");
    }

    #[test]
    fn line_comment_hides_nothing_on_later_lines() {
        assert_eq!(texts("a -- 'x\nGO\nb -- /* y\nGO\nc"), ["a -- 'x\n", "b -- /* y\n", "c"]);
    }

    #[test]
    fn bad_go_counts_warn_and_run_once() {
        let f = file("a\nGO 0\nb\nGO 99999999999\nc");
        let split = split_batches(&f);
        let repeats: Vec<u32> = split.batches.iter().map(|b| b.repeat).collect();
        assert_eq!(repeats, [1, 1, 1]);
        assert_eq!(split.diagnostics.len(), 2);
        for d in &split.diagnostics {
            assert_eq!((d.code, d.severity), (Code::DM1101, Severity::Warning));
        }
        let s = split.diagnostics[0].span.unwrap();
        assert_eq!(&f.text[s.start as usize..s.end as usize], "0");
    }

    #[test]
    fn skipped_file_has_no_batches() {
        let f = SourceFile::skipped(FileId(3), "x.sql".into());
        assert_eq!(split_batches(&f), Split::default());
    }

    #[test]
    fn has_sql_ignores_comments_go_and_commands() {
        assert!(!has_sql(""));
        assert!(!has_sql(" \r\n\t"));
        assert!(!has_sql("-- only\n/* a /* b */ c */\nGO\n:setvar x 1\n"));
        assert!(has_sql("-- c\nselect 1"));
        assert!(has_sql("''"));
    }

    #[test]
    fn span_of_identity_batch() {
        let f = file("a\nGO\nselect x\n");
        let b = &split_batches(&f).batches[1];
        assert_eq!(b.span(7, 8), Span::new(FileId(0), 12, 13));
        assert_eq!(&f.text[12..13], "x");
        assert_eq!(b.file_offset(100), b.range.end);
    }

    const FRAGMENTS: &[&str] = &[
        "GO\n",
        "go 2\n",
        "GO",
        "GO 0\n",
        " GO -- c\n",
        "'x\nGO\n'",
        "/* GO\n*/",
        "/* /* */ GO\n*/",
        "[a]",
        "[x\nGO\n]",
        "\"q\nGO\n\"",
        "select 1\n",
        "\r\n",
        "-- c\n",
        "-- GO\n",
        " ",
        "é",
        "GOTO x\n",
        "'it''s'",
        "[a]]b]",
        "/* a * / b */",
        "x - 1 / 2\n",
    ];

    proptest! {
        #[test]
        fn batches_are_exact_ordered_slices(picks in proptest::collection::vec(0..FRAGMENTS.len(), 0..40)) {
            let text: String = picks.iter().map(|&i| FRAGMENTS[i]).collect();
            let f = file(&text);
            let split = split_batches(&f);
            let mut previous_end = 0u32;
            for (n, b) in split.batches.iter().enumerate() {
                prop_assert_eq!(b.index as usize, n);
                prop_assert!(b.range.start >= previous_end && b.range.start <= b.range.end);
                previous_end = b.range.end;
                prop_assert!(b.map.is_identity());
                prop_assert_eq!(b.text.as_str(), &text[b.range.start as usize..b.range.end as usize]);
                let offsets: Vec<u32> = (0..=b.text.len() as u32).map(|o| b.file_offset(o)).collect();
                prop_assert!(offsets.windows(2).all(|w| w[0] < w[1]));
                prop_assert_eq!(offsets[0], b.range.start);
            }
        }

        /// The skips (plain runs, quoted parts, comment bodies) find the same segments as going
        /// one byte per step.
        #[test]
        fn skipping_scan_equals_stepwise_scan(
            picks in proptest::collection::vec(0..FRAGMENTS.len(), 0..40),
            noise in "[-:$<>'\"\\[\\]/*\n a-zA-Z0-9]{0,60}",
        ) {
            let mut text: String = picks.iter().map(|&i| FRAGMENTS[i]).collect();
            let middle = (0..=text.len() / 2).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
            text.insert_str(middle, &noise);
            text.push_str("\n:setvar x 1\nselect $(x) <y>\nGO\n");
            let fast = scan_with(&text, FileId(0), false);
            let slow = scan_with(&text, FileId(0), true);
            prop_assert_eq!(&fast.segments, &slow.segments);
            prop_assert_eq!(fast.diagnostics.len(), slow.diagnostics.len());
        }

        /// The early exit of `has_sql` answers as a full scan does.
        #[test]
        fn has_sql_equals_any_segment_with_content(
            picks in proptest::collection::vec(0..FRAGMENTS.len(), 0..12),
            noise in "[-:$'\"\\[\\]/*\n a-zA-Z0-9]{0,20}",
            blank_only in any::<bool>(),
        ) {
            let mut text: String = picks.iter().map(|&i| FRAGMENTS[i]).collect();
            if blank_only {
                text = text.chars().filter(|c| c.is_whitespace()).collect();
                text.push_str("-- c\nGO\n/* x */\n:setvar y 2\n");
            }
            text.push_str(&noise);
            let full = scan_with(&text, FileId(0), false).segments.iter().any(|s| s.has_content);
            prop_assert_eq!(has_sql(&text), full);
        }

        #[test]
        fn never_panics_on_any_text(text in any::<String>()) {
            let _ = split_batches(&file(&text));
        }

        #[test]
        fn never_panics_and_maps_monotonically(text in "[-:$()<>,@a-zA-Z0-9 \n\r'\"\\[\\]/*é]{0,200}") {
            let f = file(&text);
            for b in split_batches(&f).batches {
                let offsets: Vec<u32> = (0..=b.text.len() as u32 + 2).map(|o| b.file_offset(o)).collect();
                prop_assert!(offsets.windows(2).all(|w| w[0] <= w[1]));
                prop_assert!(offsets.iter().all(|o| b.range.contains(o) || *o == b.range.end));
                let span = b.span(0, b.text.len() as u32);
                prop_assert!(span.start <= span.end && span.end as usize <= text.len());
            }
        }
    }
}
