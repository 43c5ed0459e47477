//! Byte offset <-> line:column mapping for one decoded source text.

use serde::{Deserialize, Serialize};

/// 1-based line and column of a position. `column` counts Unicode scalar values; `utf16_column`
/// counts UTF-16 code units (what JavaScript editors use).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
    pub utf16_column: u32,
}

/// Start offsets of every line of a text, for mapping byte offsets to line:column and back.
///
/// Lines end at `\n`; a `\r` before it belongs to the line (and counts as a column), as in
/// SQL Server Management Studio.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineIndex {
    line_starts: Vec<u32>,
}

impl LineIndex {
    /// Index the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0u32];
        line_starts
            .extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| u32::try_from(i + 1).unwrap_or(u32::MAX)));
        LineIndex { line_starts }
    }

    /// Number of lines (a text without a newline has one).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Line and column of byte `offset` in `text` (the text this index was built from). An offset
    /// past the end or inside a multi-byte character is clamped to the previous character start.
    pub fn line_col(&self, text: &str, offset: u32) -> LineCol {
        let mut offset = (offset as usize).min(text.len());
        while offset > 0 && !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = match self.line_starts.binary_search(&(offset as u32)) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line] as usize;
        let prefix = &text[start..offset];
        LineCol {
            line: line as u32 + 1,
            column: prefix.chars().count() as u32 + 1,
            utf16_column: prefix.encode_utf16().count() as u32 + 1,
        }
    }

    /// Byte offset of 1-based `line` and character `column` in `text`; `None` when out of range.
    /// A column past the end of the line maps to the line's end.
    pub fn offset(&self, text: &str, line: u32, column: u32) -> Option<u32> {
        let start = *self.line_starts.get(line.checked_sub(1)? as usize)? as usize;
        let end = self.line_starts.get(line as usize).map(|&e| e as usize).unwrap_or(text.len());
        let line_text = &text[start..end];
        let skip = column.saturating_sub(1) as usize;
        // Scripts are mostly ASCII: then the column is the byte offset (checked a word at a time).
        let ascii = line_text.as_bytes().get(..skip).is_some_and(<[u8]>::is_ascii);
        let within =
            if ascii { skip } else { line_text.char_indices().nth(skip).map(|(i, _)| i).unwrap_or(line_text.len()) };
        Some((start + within) as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn maps_lines_and_columns() {
        let text = "ab\r\nçd\nx";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 3);
        assert_eq!(idx.line_col(text, 0), LineCol { line: 1, column: 1, utf16_column: 1 });
        assert_eq!(idx.line_col(text, 4).line, 2);
        // 'ç' is two bytes: 'd' is column 2.
        assert_eq!(idx.line_col(text, 6), LineCol { line: 2, column: 2, utf16_column: 2 });
        assert_eq!(idx.line_col(text, 8).line, 3);
        // Back from line:column: ASCII prefix, non-ASCII prefix, past the line's end, no such line.
        assert_eq!(idx.offset(text, 1, 3), Some(2));
        assert_eq!(idx.offset(text, 2, 2), Some(6));
        assert_eq!(idx.offset(text, 1, 99), Some(4));
        assert_eq!(idx.offset(text, 3, 2), Some(9));
        assert_eq!(idx.offset(text, 4, 1), None);
    }

    #[test]
    fn utf16_columns_count_surrogates() {
        let text = "😀x";
        let idx = LineIndex::new(text);
        let lc = idx.line_col(text, 4);
        assert_eq!((lc.column, lc.utf16_column), (2, 3));
    }

    proptest! {
        #[test]
        fn offset_line_col_round_trip(text in "[a-z\u{e7}\u{1F600}\r\n]{0,40}", pick in 0usize..64) {
            let idx = LineIndex::new(&text);
            let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let off = boundaries[pick % boundaries.len()] as u32;
            let lc = idx.line_col(&text, off);
            prop_assert_eq!(idx.offset(&text, lc.line, lc.column), Some(off));
        }
    }
}
