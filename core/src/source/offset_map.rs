//! Mapping from byte offsets in a batch's (substituted) text back to its file's text.

use std::ops::Range;

/// One substitution: `batch` bytes of the batch text stand for `file` bytes of the file text.
/// Removed text (sqlcmd command lines) has an empty `batch` range.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Edit {
    batch: Range<u32>,
    file: Range<u32>,
}

/// Batch offset -> file offset. Outside edits the texts are identical, so the map only stores the
/// edits (sorted by batch offset) and the file offset where the batch starts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct OffsetMap {
    /// File range of the batch's original text; results are clamped to it.
    file: Range<u32>,
    edits: Vec<Edit>,
}

impl OffsetMap {
    /// A map for a batch whose original text is `file` in the file text, with no edits yet.
    pub(crate) fn new(file: Range<u32>) -> Self {
        OffsetMap { file, edits: Vec::new() }
    }

    /// Record that batch bytes `batch` replace file bytes `file`. Edits must be pushed in order.
    pub(crate) fn push(&mut self, batch: Range<u32>, file: Range<u32>) {
        self.edits.push(Edit { batch, file });
    }

    /// Whether the batch text is an exact copy of its file range.
    #[cfg(test)]
    pub(crate) fn is_identity(&self) -> bool {
        self.edits.is_empty()
    }

    /// File offset of batch offset `b`. Inside replaced text: the start of what it replaced; at or
    /// after removed text: the text that follows it.
    pub(crate) fn file_offset(&self, b: u32) -> u32 {
        // The last edit starting at or before `b`: with several edits at one batch offset (an
        // empty replacement right before another), the later one holds the byte at `b`.
        let n = self.edits.partition_point(|e| e.batch.start <= b);
        let mapped = match n.checked_sub(1).map(|i| &self.edits[i]) {
            None => self.file.start.saturating_add(b),
            Some(e) if b < e.batch.end => e.file.start,
            Some(e) => e.file.end.saturating_add(b - e.batch.end),
        };
        self.clamp(mapped)
    }

    /// File offset for `b` used as an exclusive end: inside (or at the end of) replaced text, the
    /// end of what it replaced, so a span that touches a substitution covers all of the original.
    pub(crate) fn file_end_offset(&self, b: u32) -> u32 {
        // Edits starting exactly at `b` lie after the end and must not extend it.
        let n = self.edits.partition_point(|e| e.batch.start < b);
        let mapped = match n.checked_sub(1).map(|i| &self.edits[i]) {
            None => self.file.start.saturating_add(b),
            Some(e) if b <= e.batch.end => e.file.end,
            Some(e) => e.file.end.saturating_add(b - e.batch.end),
        };
        self.clamp(mapped)
    }

    fn clamp(&self, offset: u32) -> u32 {
        offset.clamp(self.file.start, self.file.end)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // Tests unwrap what they built themselves.
mod tests {
    use super::*;

    /// File "ab<x,,LONG>cd:r f\nef" (20 bytes) at offset 100, batch "abLONGcd\nef".
    fn sample() -> OffsetMap {
        let mut m = OffsetMap::new(100..120);
        m.push(2..6, 102..111);
        m.push(8..8, 113..117);
        m
    }

    #[test]
    fn identity_is_a_shift() {
        let m = OffsetMap::new(10..20);
        assert!(m.is_identity());
        assert_eq!(m.file_offset(0), 10);
        assert_eq!(m.file_offset(7), 17);
        assert_eq!(m.file_offset(50), 20);
        assert_eq!(m.file_end_offset(3), 13);
    }

    #[test]
    fn replaced_text_maps_to_the_original() {
        let m = sample();
        assert_eq!(m.file_offset(1), 101);
        assert_eq!(m.file_offset(2), 102);
        assert_eq!(m.file_offset(5), 102);
        assert_eq!(m.file_offset(6), 111);
        assert_eq!(m.file_offset(7), 112);
        // Right after removed text: what follows it.
        assert_eq!(m.file_offset(8), 117);
        assert_eq!(m.file_offset(10), 119);
    }

    #[test]
    fn ends_cover_whole_replacements() {
        let m = sample();
        assert_eq!(m.file_end_offset(2), 102);
        assert_eq!(m.file_end_offset(3), 111);
        assert_eq!(m.file_end_offset(6), 111);
        assert_eq!(m.file_end_offset(8), 113);
        assert_eq!(m.file_end_offset(9), 118);
    }

    #[test]
    fn empty_replacement_before_another() {
        let mut m = OffsetMap::new(0..30);
        m.push(5..5, 5..10);
        m.push(5..8, 10..20);
        assert_eq!(m.file_offset(5), 10);
        assert_eq!(m.file_offset(8), 20);
        assert_eq!(m.file_end_offset(5), 5);
    }

    #[test]
    fn monotonic() {
        let m = sample();
        let offsets: Vec<u32> = (0..=12).map(|b| m.file_offset(b)).collect();
        assert!(offsets.windows(2).all(|w| w[0] <= w[1]), "{offsets:?}");
    }
}
