//! The checkpoint journal: `<out>/.datamigrate/journal.jsonl`, one JSON line per converted object.
//!
//! A line holds the object's outcome (status, diagnostics) and what it produced (model, macro,
//! computed columns), under a key that hashes everything the conversion read: the options, the
//! object's kind, name, text and position, the dbt names it and its dependencies get, and the keys
//! of its dependencies (so a change flows to exactly the objects that depend on it, and no
//! further). `migrate --resume` takes an object's outcome from the journal when its key is there
//! and converts only the rest; the output is the same bytes as an uninterrupted run because the
//! journal holds exactly what conversion returned.
//!
//! A line is written with one `write` call as soon as its object is done, so it survives a killed
//! process; the file is synced to disk at most every [`SYNC_EVERY`] and at the end of each
//! dependency level (group commit), so a power loss costs at most that much work. A line cut short
//! by a kill is ignored when the journal is read again, and dropped before new lines are appended.

use super::result::Status;
use crate::diagnostics::Diagnostic;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Folder of the journal inside the output folder.
pub const DIR: &str = ".datamigrate";
/// File name of the journal.
pub const FILE: &str = "journal.jsonl";
/// Longest time between two syncs while objects are being converted.
pub const SYNC_EVERY: Duration = Duration::from_millis(200);

/// Where to keep the journal and whether to reuse it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    /// The journal's folder (`<out>/.datamigrate`).
    pub dir: PathBuf,
    /// Reuse the outcomes already in the journal; otherwise it starts empty.
    pub resume: bool,
}

/// A model or macro as kept in the journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredModel {
    pub sql: String,
    pub materialized: String,
    pub description: Option<String>,
}

/// One converted object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Hash of everything the conversion read (see the module doc).
    pub key: String,
    /// `schema.name`, for people reading the journal.
    pub object: String,
    pub status: Status,
    pub diagnostics: Vec<Diagnostic>,
    pub model: Option<StoredModel>,
    #[serde(rename = "macro")]
    pub macro_def: Option<StoredModel>,
    /// Computed columns of a table: (column, SQL).
    pub computed: Vec<(String, String)>,
}

/// The journal could not be read or written.
#[derive(Debug, thiserror::Error)]
#[error("checkpoint journal {path}: {source}")]
pub struct JournalError {
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

/// An open journal.
pub struct Journal {
    path: PathBuf,
    file: Mutex<File>,
    previous: BTreeMap<String, Entry>,
    last_sync: Mutex<Instant>,
    reused: AtomicUsize,
    appended: AtomicUsize,
    error: Mutex<Option<JournalError>>,
}

impl std::fmt::Debug for Journal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Journal").field("path", &self.path).field("previous", &self.previous.len()).finish()
    }
}

impl Journal {
    /// Open (creating) the journal of `checkpoint`. Without `resume` it starts empty.
    pub fn open(checkpoint: &Checkpoint) -> Result<Journal, JournalError> {
        let path = checkpoint.dir.join(FILE);
        let io = |source| JournalError { path: path.clone(), source };
        std::fs::create_dir_all(&checkpoint.dir).map_err(io)?;
        let mut previous = BTreeMap::new();
        let mut kept = String::new();
        if checkpoint.resume {
            let text = match std::fs::read(&path) {
                Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
                Err(e) => return Err(io(e)),
            };
            // Only whole lines count: a kill can cut the last one short.
            for line in text.split_inclusive('\n').filter(|l| l.ends_with('\n')) {
                if let Ok(entry) = serde_json::from_str::<Entry>(line) {
                    kept.push_str(line);
                    previous.insert(entry.key.clone(), entry);
                }
            }
        }
        // Rewrite what is kept (nothing without --resume), then append from there.
        crate::dbt::write_atomic(&path, kept.as_bytes()).map_err(|e| match e {
            crate::dbt::WriteError::Io { source, .. } => io(source),
            other => io(std::io::Error::other(other.to_string())),
        })?;
        let file = OpenOptions::new().append(true).open(&path).map_err(io)?;
        Ok(Journal {
            path,
            file: Mutex::new(file),
            previous,
            last_sync: Mutex::new(Instant::now()),
            reused: AtomicUsize::new(0),
            appended: AtomicUsize::new(0),
            error: Mutex::new(None),
        })
    }

    /// The outcome recorded under `key` by an earlier run, if any.
    pub fn get(&self, key: &str) -> Option<&Entry> {
        let e = self.previous.get(key);
        if e.is_some() {
            self.reused.fetch_add(1, Ordering::Relaxed);
        }
        e
    }

    /// Record one finished object (one `write` call; synced at most every [`SYNC_EVERY`]).
    pub fn append(&self, entry: &Entry) {
        let mut line = match serde_json::to_string(entry) {
            Ok(l) => l,
            Err(e) => return self.fail(std::io::Error::other(e)),
        };
        line.push('\n');
        let Ok(mut file) = self.file.lock() else { return };
        if let Err(e) = file.write_all(line.as_bytes()) {
            return self.fail(e);
        }
        self.appended.fetch_add(1, Ordering::Relaxed);
        if let Ok(mut last) = self.last_sync.lock() {
            if last.elapsed() >= SYNC_EVERY {
                if let Err(e) = file.sync_data() {
                    return self.fail(e);
                }
                *last = Instant::now();
            }
        }
    }

    /// Sync what has been appended (end of a dependency level, end of the run).
    pub fn sync(&self) {
        let result = match self.file.lock() {
            Ok(file) => file.sync_data(),
            Err(_) => return,
        };
        if let Err(e) = result {
            self.fail(e);
        }
        if let Ok(mut last) = self.last_sync.lock() {
            *last = Instant::now();
        }
    }

    fn fail(&self, source: std::io::Error) {
        if let Ok(mut slot) = self.error.lock() {
            slot.get_or_insert(JournalError { path: self.path.clone(), source });
        }
    }

    /// The first write error, if any.
    pub fn take_error(&self) -> Option<JournalError> {
        self.error.lock().ok().and_then(|mut e| e.take())
    }

    /// Objects whose outcome came from the journal.
    pub fn reused(&self) -> usize {
        self.reused.load(Ordering::Relaxed)
    }

    /// Objects converted and recorded in this run.
    pub fn appended(&self) -> usize {
        self.appended.load(Ordering::Relaxed)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// A stable 128-bit hash (two FNV-1a lanes) as hex: journal keys must not depend on the Rust
/// version or a random seed, as `std`'s hashers may.
#[derive(Debug, Clone)]
pub struct KeyHasher {
    a: u64,
    b: u64,
}

impl Default for KeyHasher {
    fn default() -> Self {
        KeyHasher { a: 0xcbf2_9ce4_8422_2325, b: 0x6c62_272e_07bb_0142 }
    }
}

impl KeyHasher {
    /// Add one field (length-prefixed, so `("ab", "c")` and `("a", "bc")` differ).
    pub fn field(&mut self, bytes: &[u8]) -> &mut Self {
        for b in (bytes.len() as u64).to_le_bytes().iter().chain(bytes) {
            self.a = (self.a ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3);
            self.b = (self.b ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3).rotate_left(5);
        }
        self
    }

    pub fn finish(&self) -> String {
        format!("{:016x}{:016x}", self.a, self.b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("dm-journal-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    fn entry(key: &str) -> Entry {
        Entry {
            key: key.into(),
            object: "dbo.v".into(),
            status: Status::Converted,
            diagnostics: vec![],
            model: Some(StoredModel { sql: "select 1".into(), materialized: "view".into(), description: None }),
            macro_def: None,
            computed: vec![],
        }
    }

    #[test]
    fn entries_survive_and_a_torn_line_is_dropped() {
        let dir = scratch("torn");
        let cp = Checkpoint { dir: dir.clone(), resume: false };
        let j = Journal::open(&cp).unwrap_or_else(|e| panic!("{e}"));
        j.append(&entry("k1"));
        j.append(&entry("k2"));
        j.sync();
        drop(j);
        // A kill in the middle of a third line.
        let path = dir.join(FILE);
        let mut f = OpenOptions::new().append(true).open(&path).unwrap_or_else(|e| panic!("{e}"));
        let _ = f.write_all(b"{\"key\":\"k3\",\"obj");
        drop(f);
        let j = Journal::open(&Checkpoint { dir: dir.clone(), resume: true }).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(j.get("k1"), Some(&entry("k1")));
        assert!(j.get("k2").is_some());
        assert!(j.get("k3").is_none());
        j.append(&entry("k4"));
        drop(j);
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(text.lines().count(), 3, "{text}");
        assert!(text.lines().all(|l| serde_json::from_str::<Entry>(l).is_ok()), "{text}");
        // Without --resume the journal starts over.
        let j = Journal::open(&cp).unwrap_or_else(|e| panic!("{e}"));
        assert!(j.get("k1").is_none());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn keys_are_stable_and_field_boundaries_count() {
        let k = |parts: &[&str]| {
            let mut h = KeyHasher::default();
            parts.iter().for_each(|p| {
                h.field(p.as_bytes());
            });
            h.finish()
        };
        assert_eq!(k(&["ab", "c"]), k(&["ab", "c"]));
        assert_ne!(k(&["ab", "c"]), k(&["a", "bc"]));
        assert_eq!(k(&[]).len(), 32);
        // A fixed value: changing the hash invalidates every journal, so it happens on purpose only.
        assert_eq!(k(&["dbo.v"]), "47f37764947870eff379d24a2a3f12c5");
    }
}
