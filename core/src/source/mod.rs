//! Source: reading T-SQL script files and cutting them into batches.
//!
//! Input: a path ([`load_path`]: one file, or a folder searched recursively for `.sql` files) or
//! in-memory files ([`load_memory`]: name and bytes, for tests and bindings).
//!
//! Output: a [`SourceSet`] of decoded [`SourceFile`]s in sorted path order (UTF-8, UTF-16 and
//! Windows-1252 are detected; every file gets a [`FileId`], even one that had to be skipped, so
//! diagnostics can name it); per file, its [`Batch`]es ([`split_batches`]: cut at `GO` lines, with
//! sqlcmd `:setvar` variables and SSMS template placeholders substituted, each batch carrying a map
//! from its text back to the file text); and the [`Diagnostic`]s found on the way (DM1001-DM1009).
//!
//! It never parses SQL: it knows only enough of T-SQL's lexical rules (comments, strings, quoted
//! identifiers) to find `GO` lines, as SSMS and sqlcmd do. It never prints and never fails as a
//! whole: problems are returned as diagnostics beside the output.

mod batch;
mod decode;
mod load;
mod offset_map;
mod sqlcmd;

pub use batch::{split_batches, Batch, Split};
pub use decode::{decode, DecodeError, Decoded, Encoding};
pub use load::{load_memory, load_path, load_path_excluding, Loaded, MAX_FILE_BYTES};

use crate::diagnostics::{FileId, LineCol, LineIndex, Span};

/// One input file, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub id: FileId,
    /// Display path: relative to the input root with `/` separators; for a single-file input, its
    /// file name; for in-memory input, the name given.
    pub path: String,
    /// Decoded text without byte order mark; empty when the file was skipped.
    pub text: String,
    /// How the file was decoded; `None` when it was skipped.
    pub encoding: Option<Encoding>,
    pub line_index: LineIndex,
    /// The file could not be used (binary, undecodable, too large, unreadable); a diagnostic says
    /// why.
    pub skipped: bool,
}

impl SourceFile {
    /// A file that was read and decoded.
    pub(crate) fn decoded(id: FileId, path: String, text: String, encoding: Encoding) -> Self {
        let line_index = LineIndex::new(&text);
        SourceFile { id, path, text, encoding: Some(encoding), line_index, skipped: false }
    }

    /// A file that could not be used: no text, but an id and path for diagnostics.
    pub(crate) fn skipped(id: FileId, path: String) -> Self {
        let text = String::new();
        let line_index = LineIndex::new(&text);
        SourceFile { id, path, text, encoding: None, line_index, skipped: true }
    }
}

/// All files of one input, indexed by [`FileId`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceSet {
    pub files: Vec<SourceFile>,
}

impl SourceSet {
    /// The file with id `id`.
    ///
    /// # Panics
    /// When `id` does not come from this set (ids are indices into [`SourceSet::files`]).
    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// Line and column of the start of `span`.
    pub fn line_col(&self, span: Span) -> LineCol {
        let file = self.file(span.file);
        file.line_index.line_col(&file.text, span.start)
    }

    /// `path:line:col` of the start of `span`, as compilers print locations.
    pub fn location(&self, span: Span) -> String {
        let lc = self.line_col(span);
        format!("{}:{}:{}", self.file(span.file).path, lc.line, lc.column)
    }

    /// The text of `span`, clamped to the file and to character boundaries.
    pub fn snippet(&self, span: Span) -> &str {
        let text = &self.file(span.file).text;
        let end = floor_char_boundary(text, span.end as usize);
        let start = floor_char_boundary(text, (span.start as usize).min(end));
        &text[start..end]
    }
}

fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut i = offset.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // Tests unwrap what they built themselves.
mod tests {
    use super::*;

    fn set() -> SourceSet {
        let loaded = load_memory(vec![("b.sql".into(), b"select 1\n".to_vec()), ("a.sql".into(), "x\ny é".into())]);
        loaded.sources
    }

    #[test]
    fn file_line_col_location_snippet() {
        let s = set();
        assert_eq!(s.file(FileId(0)).path, "a.sql");
        let span = Span::new(FileId(0), 4, 6);
        assert_eq!(s.line_col(span), LineCol { line: 2, column: 3, utf16_column: 3 });
        assert_eq!(s.location(span), "a.sql:2:3");
        assert_eq!(s.snippet(span), "é");
        assert_eq!(s.snippet(Span::new(FileId(1), 0, 6)), "select");
    }

    #[test]
    fn snippet_clamps() {
        let s = set();
        // Inside 'é' (bytes 4..6) and past the end.
        assert_eq!(s.snippet(Span::new(FileId(0), 5, 100)), "é");
        assert_eq!(s.snippet(Span::new(FileId(0), 50, 100)), "");
    }

    #[test]
    #[should_panic]
    fn foreign_id_panics() {
        set().file(FileId(7));
    }
}
