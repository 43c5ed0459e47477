//! Loading files from disk or memory into a [`SourceSet`].

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::diagnostics::{Code, Diagnostic, FileId, Severity, Span};

use super::batch::has_sql;
use super::decode::{decode, DecodeError, Encoding};
use super::{SourceFile, SourceSet};

/// Files larger than this are skipped (DM1006). Generated data scripts can be huge; beyond this
/// size one file would hold more memory than the whole rest of a migration.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// The files of one input and the problems found while reading them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Loaded {
    pub sources: SourceSet,
    pub diagnostics: Vec<Diagnostic>,
}

/// Load a `.sql` file or every `.sql` file (case-insensitive) under a folder, recursively, sorted
/// by display path (byte order). Symlinked files are read; symlinked folders inside the input
/// are not followed (the input path itself may be a symlink).
/// A single file is loaded whatever its extension. Never panics: problems become diagnostics.
pub fn load_path(path: &Path) -> Loaded {
    load_path_excluding(path, &[])
}

/// [`load_path`], skipping every file under one of the `exclude` folders (e.g. the output folder
/// of a previous run when it lies inside the input).
pub fn load_path_excluding(path: &Path, exclude: &[PathBuf]) -> Loaded {
    let mut loaded = Loaded::default();
    let exclude: Vec<PathBuf> = exclude.iter().filter_map(|p| fs::canonicalize(p).ok()).collect();
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let message = format!("The input path `{}` does not exist.", path.display());
            loaded.diagnostics.push(Diagnostic::new(Code::DM1009, message, None));
            return loaded;
        }
        Err(e) => {
            let message = format!("The input path `{}` could not be read: {e}.", path.display());
            loaded.diagnostics.push(Diagnostic::new(Code::DM1001, message, None));
            return loaded;
        }
    };
    let files = if meta.is_dir() {
        let mut files = find_sql_files(path, &mut loaded.diagnostics);
        if !exclude.is_empty() {
            files.retain(|(_, full)| {
                let full = fs::canonicalize(full).unwrap_or_else(|_| full.clone());
                !exclude.iter().any(|e| full.starts_with(e))
            });
        }
        if files.is_empty() {
            let message = format!("The folder `{}` contains no `.sql` files.", path.display());
            loaded.diagnostics.push(Diagnostic::new(Code::DM1009, message, None));
        }
        files
    } else {
        let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        vec![(name, path.to_path_buf())]
    };
    for (display, full) in files {
        let id = next_id(&loaded);
        match read_limited(&full) {
            Ok(bytes) => add_bytes(&mut loaded, id, display, &bytes),
            Err(e) => add_unread(&mut loaded, id, display, e),
        }
    }
    loaded
}

/// Load in-memory files `(name, bytes)`, sorted by name (byte order), decoded as [`load_path`]
/// decodes files. Names are used as display paths as given.
pub fn load_memory(mut files: Vec<(String, Vec<u8>)>) -> Loaded {
    let mut loaded = Loaded::default();
    if files.is_empty() {
        loaded.diagnostics.push(Diagnostic::new(Code::DM1009, "No input files were given.", None));
        return loaded;
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, bytes) in files {
        let id = next_id(&loaded);
        let size = bytes.len() as u64;
        if size > MAX_FILE_BYTES {
            add_unread(&mut loaded, id, name, ReadError::TooLarge(size));
        } else {
            add_bytes(&mut loaded, id, name, &bytes);
        }
    }
    loaded
}

fn next_id(loaded: &Loaded) -> FileId {
    FileId(u32::try_from(loaded.sources.files.len()).unwrap_or(u32::MAX))
}

/// File-level problems point at 1:1 so renderers show `path:1:1`.
fn file_start(id: FileId) -> Option<Span> {
    Some(Span::new(id, 0, 0))
}

enum ReadError {
    TooLarge(u64),
    Io(io::Error),
}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> Self {
        ReadError::Io(e)
    }
}

/// Read a file, refusing (from its metadata, before reading) one larger than the limit. The
/// read itself is capped too, in case the file grows or its size is not known (pipes, /proc).
fn read_limited(path: &Path) -> Result<Vec<u8>, ReadError> {
    let file = fs::File::open(path)?;
    let size = file.metadata()?.len();
    if size > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge(size));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

fn add_unread(loaded: &mut Loaded, id: FileId, path: String, error: ReadError) {
    let diagnostic = match error {
        ReadError::TooLarge(size) => {
            let message = format!(
                "The file is {} MiB, larger than the {} MiB limit, so it was skipped.",
                size.div_ceil(1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            );
            Diagnostic::new(Code::DM1006, message, file_start(id))
        }
        ReadError::Io(e) => Diagnostic::new(Code::DM1001, format!("The file could not be read: {e}."), file_start(id)),
    };
    loaded.diagnostics.push(diagnostic);
    loaded.sources.files.push(SourceFile::skipped(id, path));
}

fn add_bytes(loaded: &mut Loaded, id: FileId, path: String, bytes: &[u8]) {
    let decoded = match decode(bytes) {
        Ok(decoded) => decoded,
        Err(e) => {
            loaded.diagnostics.push(decode_error(id, &e));
            loaded.sources.files.push(SourceFile::skipped(id, path));
            return;
        }
    };
    if decoded.lossy {
        let message = format!(
            "The file has byte sequences that are invalid in {}; they were replaced with U+FFFD.",
            decoded.encoding
        );
        let d = Diagnostic::new(Code::DM1003, message, file_start(id)).with_severity(Severity::Warning);
        loaded.diagnostics.push(d);
    }
    if decoded.encoding == Encoding::Windows1252 {
        let message = "The file is not valid UTF-8 and has no byte order mark, so it was read as Windows-1252.";
        loaded.diagnostics.push(Diagnostic::new(Code::DM1004, message, file_start(id)));
    }
    if !has_sql(&decoded.text) {
        let message = "The file contains no SQL, only whitespace, comments, `GO` lines or sqlcmd commands.";
        loaded.diagnostics.push(Diagnostic::new(Code::DM1005, message, file_start(id)));
    }
    loaded.sources.files.push(SourceFile::decoded(id, path, decoded.text, decoded.encoding));
}

fn decode_error(id: FileId, error: &DecodeError) -> Diagnostic {
    match error {
        DecodeError::Binary { offset } => {
            let message = format!(
                "The file contains a NUL byte at offset {offset} and no UTF-16 byte order mark, so it looks like binary data and was skipped."
            );
            Diagnostic::new(Code::DM1002, message, file_start(id))
        }
        DecodeError::Utf32 => {
            let message = "The file has a UTF-32 byte order mark; UTF-32 is not supported, so it was skipped.";
            Diagnostic::new(Code::DM1003, message, file_start(id))
        }
    }
}

/// Every `.sql` file under `root` as (display path, full path), sorted by display path. An
/// explicit stack instead of recursion: deep trees cannot overflow the call stack.
fn find_sql_files(root: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<(String, PathBuf)> {
    let mut files = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries = match fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) => {
                diagnostics.push(unreadable_folder(&folder, &e));
                continue;
            }
        };
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    diagnostics.push(unreadable_folder(&folder, &e));
                    continue;
                }
            };
            visit_entry(root, &entry, &mut files, &mut folders);
        }
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

fn visit_entry(root: &Path, entry: &fs::DirEntry, files: &mut Vec<(String, PathBuf)>, folders: &mut Vec<PathBuf>) {
    let path = entry.path();
    // `DirEntry::file_type` does not follow symlinks, so a symlinked folder is not a folder here.
    let kind = entry.file_type();
    if kind.as_ref().is_ok_and(fs::FileType::is_dir) {
        folders.push(path);
        return;
    }
    if !is_sql_name(&entry.file_name()) {
        return;
    }
    // An entry whose type cannot be read is listed anyway; reading it reports why it failed.
    let kind_is_symlink = kind.as_ref().is_ok_and(fs::FileType::is_symlink);
    // Symlinked folders are not followed (cycles, and files outside the input), even if named `.sql`.
    if kind_is_symlink && fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
        return;
    }
    files.push((display_path(root, &path), path));
}

fn unreadable_folder(folder: &Path, e: &io::Error) -> Diagnostic {
    let message = format!("The folder `{}` could not be read: {e}.", folder.display());
    Diagnostic::new(Code::DM1001, message, None)
}

fn is_sql_name(name: &std::ffi::OsStr) -> bool {
    let bytes = name.as_encoded_bytes();
    bytes.len() > 4 && bytes[bytes.len() - 4..].eq_ignore_ascii_case(b".sql")
}

/// `path` relative to `root`, with `/` separators on every platform so reports and sorting do
/// not depend on the OS.
fn display_path(root: &Path, path: &Path) -> String {
    let Ok(relative) = path.strip_prefix(root) else {
        return path.display().to_string();
    };
    let parts: Vec<String> = relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    parts.join("/")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // Tests unwrap what they built themselves.
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    /// A fresh folder under the system temp dir, removed on drop.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new() -> Self {
            static N: AtomicU32 = AtomicU32::new(0);
            let nanos =
                std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
            let name = format!("dm-source-{}-{nanos}-{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed));
            let path = std::env::temp_dir().join(name);
            fs::create_dir_all(&path).unwrap();
            TempDir(path)
        }

        fn write(&self, relative: &str, bytes: &[u8]) -> PathBuf {
            let path = self.0.join(relative);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, bytes).unwrap();
            path
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    fn codes(loaded: &Loaded) -> Vec<(Code, Option<String>)> {
        loaded.diagnostics.iter().map(|d| (d.code, d.span.map(|s| loaded.sources.location(s)))).collect()
    }

    fn paths(loaded: &Loaded) -> Vec<&str> {
        loaded.sources.files.iter().map(|f| f.path.as_str()).collect()
    }

    #[test]
    fn folder_is_searched_recursively_sorted_and_filtered() {
        let dir = TempDir::new();
        dir.write("b.sql", b"select 2");
        dir.write("a.SQL", b"select 1");
        dir.write("sub/c.sql", b"select 3");
        dir.write("sub/deeper/d.Sql", b"select 4");
        dir.write("notes.txt", b"select 5");
        dir.write("sub/x.sql.bak", b"select 6");
        dir.write("bin.sql", &[b'M', b'Z', 0x90, 0x00, 0x03]);
        dir.write("empty.sql", b"  -- nothing\r\n/* here */\r\nGO\r\n");
        dir.write("z_1252.sql", &[b'-', b'-', 0xE9, b'\n', b's']);
        let loaded = load_path(&dir.0);
        assert_eq!(
            paths(&loaded),
            ["a.SQL", "b.sql", "bin.sql", "empty.sql", "sub/c.sql", "sub/deeper/d.Sql", "z_1252.sql"]
        );
        for (i, f) in loaded.sources.files.iter().enumerate() {
            assert_eq!(f.id, FileId(i as u32));
        }
        assert_eq!(
            codes(&loaded),
            [
                (Code::DM1002, Some("bin.sql:1:1".to_string())),
                (Code::DM1005, Some("empty.sql:1:1".to_string())),
                (Code::DM1004, Some("z_1252.sql:1:1".to_string())),
            ]
        );
        assert!(loaded.diagnostics[0].message.contains("offset 3"));
        let bin = loaded.sources.file(FileId(2));
        assert!(bin.skipped && bin.text.is_empty() && bin.encoding.is_none());
        let latin = loaded.sources.file(FileId(6));
        assert_eq!((latin.text.as_str(), latin.encoding), ("--é\ns", Some(Encoding::Windows1252)));
        assert_eq!(loaded.sources.file(FileId(4)).text, "select 3");
    }

    #[cfg(unix)]
    #[test]
    fn symlinked_folders_are_not_followed() {
        let dir = TempDir::new();
        dir.write("sub/c.sql", b"select 3");
        dir.write("outside/o.sql", b"select 4");
        std::os::unix::fs::symlink(dir.0.join("sub"), dir.0.join("sub/loop")).unwrap();
        std::os::unix::fs::symlink(dir.0.join("outside"), dir.0.join("link.sql")).unwrap();
        std::os::unix::fs::symlink(dir.0.join("sub/c.sql"), dir.0.join("alias.sql")).unwrap();
        let loaded = load_path(&dir.0);
        assert_eq!(paths(&loaded), ["alias.sql", "outside/o.sql", "sub/c.sql"]);
        assert!(loaded.diagnostics.is_empty());
    }

    #[test]
    fn single_file_uses_its_name() {
        let dir = TempDir::new();
        let path = dir.write("deep/one.txt", b"select 1");
        let loaded = load_path(&path);
        assert_eq!(paths(&loaded), ["one.txt"]);
        assert!(loaded.diagnostics.is_empty());
    }

    #[test]
    fn missing_path_and_folder_without_sql() {
        let dir = TempDir::new();
        let loaded = load_path(&dir.0.join("missing"));
        assert!(loaded.sources.files.is_empty());
        assert_eq!(codes(&loaded), [(Code::DM1009, None)]);
        dir.write("readme.md", b"hi");
        let loaded = load_path(&dir.0);
        assert_eq!(codes(&loaded), [(Code::DM1009, None)]);
    }

    #[test]
    fn too_large_file_is_skipped_unread() {
        let dir = TempDir::new();
        let path = dir.0.join("huge.sql");
        // Sparse: no data is written, and the loader must not read it either.
        fs::File::create(&path).unwrap().set_len(MAX_FILE_BYTES + 1).unwrap();
        dir.write("small.sql", b"select 1");
        let loaded = load_path(&dir.0);
        assert_eq!(codes(&loaded), [(Code::DM1006, Some("huge.sql:1:1".to_string()))]);
        assert!(loaded.sources.file(FileId(0)).skipped);
        assert!(!loaded.sources.file(FileId(1)).skipped);
    }

    #[cfg(unix)]
    #[test]
    fn unreadable_file_is_reported() {
        let dir = TempDir::new();
        // A dangling symlink: listed, but opening it fails.
        std::os::unix::fs::symlink(dir.0.join("gone"), dir.0.join("dangling.sql")).unwrap();
        let loaded = load_path(&dir.0);
        assert_eq!(codes(&loaded), [(Code::DM1001, Some("dangling.sql:1:1".to_string()))]);
        assert!(loaded.sources.file(FileId(0)).skipped);
    }

    #[test]
    fn memory_files_are_sorted_and_decoded() {
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("select 'ü'".encode_utf16().flat_map(u16::to_le_bytes));
        let loaded = load_memory(vec![
            ("b.sql".into(), utf16),
            ("a.sql".into(), b"select 1".to_vec()),
            ("c.sql".into(), vec![0xFF, 0xFE, 0, 0]),
        ]);
        assert_eq!(paths(&loaded), ["a.sql", "b.sql", "c.sql"]);
        let b = loaded.sources.file(FileId(1));
        assert_eq!((b.text.as_str(), b.encoding), ("select 'ü'", Some(Encoding::Utf16Le)));
        assert_eq!(codes(&loaded), [(Code::DM1003, Some("c.sql:1:1".to_string()))]);
        assert_eq!(loaded.diagnostics[0].severity, Severity::Error);
    }

    #[test]
    fn lossy_utf16_is_a_warning_and_empty_files_are_reported() {
        let mut bytes = vec![0xFF, 0xFE, b'a', 0];
        bytes.extend(0xDC00u16.to_le_bytes());
        let loaded = load_memory(vec![("x.sql".into(), bytes), ("y.sql".into(), Vec::new())]);
        let got: Vec<(Code, Severity)> = loaded.diagnostics.iter().map(|d| (d.code, d.severity)).collect();
        assert_eq!(got, [(Code::DM1003, Severity::Warning), (Code::DM1005, Severity::Warning)]);
        assert_eq!(loaded.sources.file(FileId(0)).text, "a\u{FFFD}");
        assert_eq!(codes(&load_memory(Vec::new())), [(Code::DM1009, None)]);
    }
}
