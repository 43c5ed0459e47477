//! dbt: the project files for converted objects, and writing them safely.
//!
//! Input: the catalog, a naming [`plan::Plan`] and converted SQL per object. Output: a list of
//! [`project::GeneratedFile`]s (DESIGN section 4), then [`write_files`] puts them under the output
//! folder — each through a temporary file and a rename, never outside the folder. Never converts
//! SQL (transpile does) and never runs dbt (validate does).

pub mod csv;
pub mod naming;
pub mod plan;
pub mod project;
pub mod yaml;

pub use plan::{Plan, Resolver};
pub use project::{project_files, GeneratedFile, ModelSql, ProjectInput};

use std::io::Write;
use std::path::{Component, Path, PathBuf};

/// Failure to write the project.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WriteError {
    #[error("cannot write {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("refusing to write `{0}`: the path would leave the output folder")]
    UnsafePath(String),
}

/// Write files under `out`. Each file goes to `<name>.datamigrate-tmp` first and is renamed, so
/// no reader ever sees a half-written file; a path that is absolute or has `..` is refused.
pub fn write_files(out: &Path, files: &[GeneratedFile]) -> Result<Vec<PathBuf>, WriteError> {
    let mut written = Vec::with_capacity(files.len());
    for f in files {
        let rel = Path::new(&f.path);
        let safe = !f.path.is_empty() && rel.components().all(|c| matches!(c, Component::Normal(_)));
        if !safe {
            return Err(WriteError::UnsafePath(f.path.clone()));
        }
        let path = out.join(rel);
        write_atomic(&path, f.contents.as_bytes())?;
        written.push(path);
    }
    Ok(written)
}

/// Write one file through a temporary name and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let io = |source| WriteError::Io { path: path.to_path_buf(), source };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".datamigrate-tmp");
    let tmp = PathBuf::from(tmp);
    {
        let mut file = std::fs::File::create(&tmp).map_err(io)?;
        file.write_all(bytes).map_err(io)?;
        file.sync_all().map_err(io)?;
    }
    std::fs::rename(&tmp, path).map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_paths_outside_the_folder() {
        let dir = std::env::temp_dir().join(format!("dm-write-{}", std::process::id()));
        for bad in ["../x.sql", "/etc/x", "a/../../b", ""] {
            let f = GeneratedFile { path: bad.into(), contents: String::new() };
            assert!(matches!(write_files(&dir, &[f]), Err(WriteError::UnsafePath(_))), "{bad}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
