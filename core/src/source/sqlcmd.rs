//! sqlcmd commands and variables, and SSMS template placeholders.
//!
//! Scripts written for SSMS "SQLCMD mode" or `sqlcmd -i` may contain `:setvar name value` lines
//! and `$(name)` references, which sqlcmd substitutes before the server sees the batch, and other
//! `:` commands (`:r`, `:on error`, `:connect`) that the server never sees. Scripts made from SSMS
//! templates may still contain `<name, type, default>` placeholders that Ctrl+Shift+M would have
//! filled in. This module produces the batch text the server would have received, recording
//! every change in the batch's [`OffsetMap`].

use std::collections::HashMap;
use std::ops::Range;

use crate::diagnostics::{Code, Diagnostic, FileId, Severity, Span};

use super::batch::{to_u32, Segment};
use super::offset_map::OffsetMap;
use super::SourceFile;

/// sqlcmd variables defined so far in a file. sqlcmd compares names case-insensitively.
#[derive(Debug, Clone, Default)]
pub(crate) struct Vars {
    values: HashMap<String, String>,
}

impl Vars {
    fn get(&self, name: &str) -> Option<&str> {
        self.values.get(&name.to_ascii_uppercase()).map(String::as_str)
    }

    fn set(&mut self, name: &str, value: Option<String>) {
        let key = name.to_ascii_uppercase();
        match value {
            Some(v) => {
                self.values.insert(key, v);
            }
            // `:setvar name` without a value removes the variable in sqlcmd.
            None => {
                self.values.remove(&key);
            }
        }
    }
}

/// A segment's text after substitution, its offset map and the problems found.
pub(crate) struct Expanded {
    pub(crate) text: String,
    pub(crate) map: OffsetMap,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// Longest `$(name)` and `<name, type, default>` looked for; real ones are far shorter, and the
/// limit keeps a line full of `<` comparisons linear.
const MAX_VAR_NAME: usize = 128;
const MAX_PLACEHOLDER: usize = 512;
/// How much of a command line a message quotes.
const MAX_QUOTE: usize = 80;

/// Run sqlcmd over one segment: remove its command lines (applying `:setvar`), substitute
/// variables and placeholders in the rest.
pub(crate) fn expand(file: &SourceFile, segment: &Segment, vars: &mut Vars) -> Expanded {
    let range = to_u32(segment.range.start)..to_u32(segment.range.end);
    let mut x = Expander {
        src: &file.text,
        file: file.id,
        vars,
        out: Expanded { text: String::new(), map: OffsetMap::new(range), diagnostics: Vec::new() },
    };
    let mut pos = segment.range.start;
    for command in &segment.commands {
        x.substitute(pos..command.start);
        x.command(command.clone());
        pos = command.end;
    }
    x.substitute(pos..segment.range.end);
    x.out
}

struct Expander<'a> {
    src: &'a str,
    file: FileId,
    vars: &'a mut Vars,
    out: Expanded,
}

impl Expander<'_> {
    /// Copy `range` of the file text to the batch, substituting `$(var)` and placeholders. sqlcmd
    /// and SSMS substitute everywhere, inside strings and comments too, so this does as well.
    fn substitute(&mut self, range: Range<usize>) {
        let bytes = self.src.as_bytes();
        let mut copied = range.start;
        let mut i = range.start;
        while let Some(p) = memchr::memchr2(b'$', b'<', &bytes[i..range.end]) {
            let at = i + p;
            i = at + 1;
            let found = match bytes[at] {
                b'$' => self.variable(at, range.end),
                _ => placeholder(self.src, at, range.end).map(|(len, value)| (len, Some(value.to_string()))),
            };
            let Some((len, value)) = found else { continue };
            i = at + len;
            if let Some(value) = value {
                self.out.text.push_str(&self.src[copied..at]);
                self.replace(at..at + len, &value);
                copied = i;
            }
        }
        self.out.text.push_str(&self.src[copied..range.end]);
    }

    /// A `$(name)` at `at`: its length and value, or no value (and a diagnostic) when undefined.
    fn variable(&mut self, at: usize, end: usize) -> Option<(usize, Option<String>)> {
        let name = variable_name(&self.src[at..end])?;
        let len = name.len() + 3;
        let value = self.vars.get(name).map(str::to_string);
        if value.is_none() {
            let message = format!(
                "The sqlcmd variable `$({name})` is not defined by a `:setvar` before this use, so it was left as written."
            );
            let span = self.span(at..at + len);
            self.out.diagnostics.push(Diagnostic::new(Code::DM1007, message, Some(span)));
        }
        Some((len, value))
    }

    fn replace(&mut self, original: Range<usize>, value: &str) {
        let start = to_u32(self.out.text.len());
        self.out.text.push_str(value);
        let end = to_u32(self.out.text.len());
        self.out.map.push(start..end, to_u32(original.start)..to_u32(original.end));
    }

    /// A sqlcmd command line: apply it if it is `:setvar`, report it otherwise, and drop it from
    /// the batch (the server would reject it). Its line break stays, so lines keep their numbers.
    fn command(&mut self, line: Range<usize>) {
        self.replace(line.clone(), "");
        let text = &self.src[line.clone()];
        let lead = text.len() - text.trim_start().len();
        let text = text.trim();
        let span = self.span(line.start + lead..line.start + lead + text.len());
        // `text` starts with ':' and a letter (the scanner checked).
        let word_len = text[1..].bytes().take_while(u8::is_ascii_alphabetic).count();
        let word = text[1..1 + word_len].to_ascii_lowercase();
        let rest = &text[1 + word_len..];
        match word.as_str() {
            "setvar" if rest.is_empty() || rest.starts_with([' ', '\t']) => self.setvar(rest, span),
            "on" if rest.trim_start().to_ascii_lowercase().starts_with("error") => {
                let message = format!("The sqlcmd command `{}` was ignored; error handling is up to dbt.", quote(text));
                let d = Diagnostic::new(Code::DM1008, message, Some(span)).with_severity(Severity::Info);
                self.out.diagnostics.push(d);
            }
            _ => {
                let message = format!("The sqlcmd command `{}` was ignored and removed from the batch.", quote(text));
                self.out.diagnostics.push(Diagnostic::new(Code::DM1008, message, Some(span)));
            }
        }
    }

    fn setvar(&mut self, rest: &str, span: Span) {
        match parse_setvar(rest) {
            Some((name, value)) => self.vars.set(name, value),
            None => {
                let message = format!(
                    "The `:setvar{}` line has no variable name or an unterminated quoted value, so it was ignored.",
                    quote(rest)
                );
                self.out.diagnostics.push(
                    Diagnostic::new(Code::DM1008, message, Some(span))
                        .with_help("Write `:setvar name value` or `:setvar name \"value with spaces\"`."),
                );
            }
        }
    }

    fn span(&self, range: Range<usize>) -> Span {
        Span::new(self.file, to_u32(range.start), to_u32(range.end))
    }
}

/// The name in `$(name)` at the start of `text`. sqlcmd names cannot contain blanks, quotes or
/// parentheses.
fn variable_name(text: &str) -> Option<&str> {
    let inner = text.strip_prefix("$(")?;
    let len = inner
        .bytes()
        .take(MAX_VAR_NAME + 1)
        .take_while(|&b| !(b.is_ascii_whitespace() || matches!(b, b'(' | b')' | b'$' | b'\'' | b'"')))
        .count();
    let closed = inner.as_bytes().get(len) == Some(&b')');
    (closed && len > 0 && len <= MAX_VAR_NAME).then(|| &inner[..len])
}

/// `name value`, `name "value"` (`""` is a quote inside) or `name` (no value: remove the
/// variable). `None` when malformed.
fn parse_setvar(rest: &str) -> Option<(&str, Option<String>)> {
    let rest = rest.trim();
    let name_len = rest.find([' ', '\t']).unwrap_or(rest.len());
    let (name, value) = rest.split_at(name_len);
    if name.is_empty() || name.contains(['"', '\'', '(', ')', '$']) {
        return None;
    }
    let value = value.trim();
    if value.is_empty() {
        return Some((name, None));
    }
    let Some(quoted) = value.strip_prefix('"') else {
        return Some((name, Some(value.to_string())));
    };
    unquote(quoted).map(|v| (name, Some(v)))
}

/// The value of a double-quoted sqlcmd string after its opening quote; `None` if unterminated.
fn unquote(s: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            out.push(c);
            continue;
        }
        let rest = chars.as_str();
        if rest.starts_with('"') {
            out.push('"');
            chars.next();
        } else {
            return Some(out);
        }
    }
    None
}

/// An SSMS template placeholder `<name, type, default>` at `at` (which holds `<`): its length and
/// default value (trimmed, as SSMS fills it in). Strict, so that comparisons such as
/// `IIF(a<b, 1, 0)>x` are left alone: the name starts with a letter, `_` or `@` (SSMS templates
/// use `<@Param1, sysname, @p1>`); the type is empty or a word with optional `(...)`; parentheses
/// balance; all on one line.
fn placeholder(src: &str, at: usize, end: usize) -> Option<(usize, &str)> {
    let limit = end.min(at.saturating_add(MAX_PLACEHOLDER));
    let body = src.as_bytes().get(at + 1..limit)?;
    let close = body.iter().position(|&b| matches!(b, b'>' | b'<' | b'\n' | b'\r'))?;
    if body[close] != b'>' {
        return None;
    }
    // Every byte before `close` is a valid position: the stop bytes are ASCII.
    let inner = &src[at + 1..at + 1 + close];
    let mut parts = inner.splitn(3, ',');
    let (name, kind, default) = (parts.next()?, parts.next()?, parts.next()?);
    let ok = placeholder_name(name) && placeholder_type(kind) && balanced(default);
    ok.then_some((close + 2, default.trim()))
}

fn placeholder_name(name: &str) -> bool {
    let mut chars = name.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_alphabetic() || c == '_' || c == '@');
    first_ok && chars.all(|c| c.is_alphanumeric() || c == '_' || c == ' ')
}

fn placeholder_type(kind: &str) -> bool {
    let trimmed = kind.trim();
    let starts_ok = trimmed.chars().next().is_none_or(|c| c.is_alphabetic() || c == '_');
    let chars_ok = kind.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | '_' | '(' | ')'));
    starts_ok && chars_ok && balanced(kind)
}

/// Parentheses never close more than they opened and all are closed.
fn balanced(s: &str) -> bool {
    let mut depth = 0u32;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return false,
            ')' => depth -= 1,
            _ => {}
        }
    }
    depth == 0
}

/// `text` cut to a length a message can show.
fn quote(text: &str) -> String {
    match text.char_indices().nth(MAX_QUOTE) {
        Some((i, _)) => format!("{}...", &text[..i]),
        None => text.to_string(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // Tests unwrap what they built themselves.
mod tests {
    use super::*;
    use crate::source::{split_batches, Encoding, Split};

    fn file(text: &str) -> SourceFile {
        SourceFile::decoded(FileId(0), "t.sql".into(), text.into(), Encoding::Utf8)
    }

    fn split(text: &str) -> Split {
        split_batches(&file(text))
    }

    fn snippet(f: &SourceFile, span: Span) -> &str {
        &f.text[span.start as usize..span.end as usize]
    }

    #[test]
    fn defined_variable_is_substituted_and_its_line_removed() {
        let s = split(":setvar db Sales\nselect * from $(db).dbo.t\n");
        assert!(s.diagnostics.is_empty(), "{:?}", s.diagnostics);
        assert_eq!(s.batches[0].text, "\nselect * from Sales.dbo.t\n");
    }

    #[test]
    fn quoted_values_case_insensitive_names_and_strings() {
        let s = split(":SETVAR Msg \"say \"\"hi\"\" now\"\nselect '$(msg)', N'$(MSG)'");
        assert_eq!(s.batches[0].text, "\nselect 'say \"hi\" now', N'say \"hi\" now'");
    }

    #[test]
    fn undefined_variable_stays_with_a_warning() {
        let f = file("select $(nope) from t");
        let s = split_batches(&f);
        assert_eq!(s.batches[0].text, "select $(nope) from t");
        assert_eq!(s.diagnostics.len(), 1);
        let d = &s.diagnostics[0];
        assert_eq!((d.code, d.severity), (Code::DM1007, Severity::Warning));
        assert_eq!(snippet(&f, d.span.unwrap()), "$(nope)");
    }

    #[test]
    fn variable_lives_from_its_definition_across_batches() {
        let s = split("select $(a)\nGO\n:setvar a 1\nGO\nselect $(a)\n:setvar a\nselect $(a)");
        let texts: Vec<&str> = s.batches.iter().map(|b| b.text.as_str()).collect();
        // The middle batch holds only the command line and is dropped.
        assert_eq!(texts, ["select $(a)\n", "select 1\n\nselect $(a)"]);
        let codes: Vec<Code> = s.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::DM1007, Code::DM1007]);
    }

    #[test]
    fn not_variables() {
        let text = "select '$', '$(', '$()', '$(a b)', '$(x\n)'";
        let s = split(text);
        assert_eq!(s.batches[0].text, text);
        assert!(s.diagnostics.is_empty());
    }

    #[test]
    fn include_is_removed_with_a_warning() {
        let f = file("select 1\r\n  :r .\\other.sql\r\nselect 2\r\n");
        let s = split_batches(&f);
        assert_eq!(s.batches[0].text, "select 1\r\n\r\nselect 2\r\n");
        let d = &s.diagnostics[0];
        assert_eq!((d.code, d.severity), (Code::DM1008, Severity::Warning));
        assert_eq!(snippet(&f, d.span.unwrap()), ":r .\\other.sql");
        assert!(d.message.contains(":r .\\other.sql"));
    }

    #[test]
    fn on_error_is_info_connect_is_warning() {
        let s = split(":on error exit\n:connect srv\nselect 1");
        let got: Vec<(Code, Severity)> = s.diagnostics.iter().map(|d| (d.code, d.severity)).collect();
        assert_eq!(got, [(Code::DM1008, Severity::Info), (Code::DM1008, Severity::Warning)]);
        assert_eq!(s.batches[0].text, "\n\nselect 1");
    }

    #[test]
    fn commands_inside_comments_and_strings_are_text() {
        let text = "/*\n:r x\n*/ select '\n:setvar a 1\n'";
        let s = split(text);
        assert_eq!(s.batches[0].text, text);
        assert!(s.diagnostics.is_empty());
        // `::fn_x()` (old T-SQL syntax) is not a command.
        assert_eq!(split("select *\nfrom\n::fn_x()").batches[0].text, "select *\nfrom\n::fn_x()");
    }

    #[test]
    fn malformed_setvar_is_reported() {
        let s = split(":setvar\n:setvar x \"open\nselect 1");
        assert_eq!(s.diagnostics.len(), 2);
        assert!(s.diagnostics.iter().all(|d| d.code == Code::DM1008));
    }

    #[test]
    fn template_placeholders_take_their_default() {
        let s = split(
            "-- Author: <Author,,Name>\n-- Description: <Description,,>\n\
             CREATE PROCEDURE <Procedure_Name, sysname, ProcedureName>\n\
             \t<@Param1, sysname, @p1> <Datatype_For_Param1, , int> = <Default_Value_For_Param1, , 0>,\n\
             \t@c <c_type, varchar(50), nvarchar(max)>\nAS SELECT N'<Create Date,,>'",
        );
        assert_eq!(
            s.batches[0].text,
            "-- Author: Name\n-- Description: \nCREATE PROCEDURE ProcedureName\n\
             \t@p1 int = 0,\n\t@c nvarchar(max)\nAS SELECT N''"
        );
        assert!(s.diagnostics.is_empty());
    }

    #[test]
    fn comparisons_are_not_placeholders() {
        for text in [
            "select a<b, 1, 0)>",
            "select iif(a<b, 1, 0)>x",
            "select 1 where a < b, c, d>",
            "select 1 where a<b and c>d",
            "select x<y, z(, 1>",
            "select <a, 1b, c>",
            "select <a, b\n, c>",
            "select <a, b, <c>",
        ] {
            assert_eq!(split(text).batches[0].text, text);
        }
    }

    #[test]
    fn spans_after_substitution_map_to_the_original_text() {
        let text = "-- header\r\n:setvar schema dbo\r\n\
                    CREATE PROCEDURE <Procedure_Name, sysname, usp_x> AS\r\n\
                    SELECT * FROM $(schema).tbl WHERE x = 'é' AND y = bad\r\n";
        let f = file(text);
        let s = split_batches(&f);
        let b = &s.batches[0];
        let at = |needle: &str| b.text.find(needle).unwrap() as u32;
        let line_col = |offset: u32| {
            let lc = f.line_index.line_col(&f.text, offset);
            (lc.line, lc.column)
        };

        let bad = at("bad");
        let span = b.span(bad, bad + 3);
        assert_eq!(snippet(&f, span), "bad");
        assert_eq!(line_col(span.start), (4, 51));

        let tbl = at("tbl");
        assert_eq!(line_col(b.file_offset(tbl)), (4, 25));
        assert_eq!(line_col(b.file_offset(at("dbo.tbl"))), (4, 15));

        let proc_name = at("usp_x");
        let span = b.span(proc_name, proc_name + 5);
        assert_eq!(snippet(&f, span), "<Procedure_Name, sysname, usp_x>");
        assert_eq!(line_col(span.start), (3, 18));
        // Inside the replacement: the start of the placeholder.
        assert_eq!(b.file_offset(proc_name + 2), span.start);

        let schema = at("dbo.tbl");
        assert_eq!(snippet(&f, b.span(schema, schema + 3)), "$(schema)");
        // The removed `:setvar` line: its line break is still in the batch.
        assert_eq!(line_col(b.file_offset(at("\r\nCREATE"))), (2, 19));
    }
}
