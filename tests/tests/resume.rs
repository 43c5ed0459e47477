//! Issue 7: checkpoints, resume, retries and thread-count independence.
//!
//! - A real `datamigrate migrate` is killed with SIGKILL while converting (twice, at different
//!   points) and while writing files; `--resume` then produces the same bytes as an uninterrupted
//!   run, and the journal shows that nothing finished before a kill was converted again.
//! - An injected transient failure is retried after 1 s, 2 s (the waits are observed, not slept);
//!   a permanent one marks its object failed while every other object converts.
//! - `--jobs 1` and `--jobs 8` write the same bytes, on the sample and on a generated corpus.
//!
//! The kills land mid-run through `DATAMIGRATE_FAILPOINTS` pauses (see `pipeline::Hooks::from_env`).

use datamigrate_core::pipeline::{self, Hooks, Options, Status, StepError};
use datamigrate_core::source::load_memory;
use datamigrate_core::Target;
use datamigrate_tests::{datamigrate_bin, repo_root, run_cli, scratch};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// An estate of `tables` tables and `views` views, each view over a table and (mostly) an earlier
/// view, so that conversion runs over several dependency levels.
fn estate(tables: usize, views: usize) -> String {
    let mut s = String::new();
    for t in 0..tables {
        s.push_str(&format!(
            "CREATE TABLE dbo.T{t} (Id int NOT NULL PRIMARY KEY, Name nvarchar(50) NULL, Amount decimal(10,2) NULL)\nGO\n"
        ));
    }
    for v in 0..views {
        let t = v % tables;
        let body = if v >= 3 {
            format!(
                "SELECT a.Id, a.Name + N' ' + ISNULL(b.Name, N'') AS Name, a.Amount / 2 AS Half FROM dbo.T{t} a LEFT JOIN dbo.V{} b ON b.Id = a.Id",
                v / 3
            )
        } else {
            format!("SELECT Id, Name, Amount / 2 AS Half FROM dbo.T{t}")
        };
        s.push_str(&format!("CREATE VIEW dbo.V{v} AS {body}\nGO\n"));
    }
    s
}

/// Every file under `dir` (relative path → bytes), the journal folder left out.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = entry.path();
            let rel = p.strip_prefix(root).unwrap_or(&p).to_string_lossy().replace('\\', "/");
            if rel == ".datamigrate" || rel.ends_with(".duckdb") {
                continue;
            }
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                out.insert(rel, std::fs::read(&p).unwrap_or_default());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn assert_same_tree(expected: &Path, got: &Path) {
    let (a, b) = (tree(expected), tree(got));
    let names = |t: &BTreeMap<String, Vec<u8>>| t.keys().cloned().collect::<BTreeSet<_>>();
    assert_eq!(names(&a), names(&b), "different files in {} and {}", expected.display(), got.display());
    for (name, bytes) in &a {
        assert!(b.get(name) == Some(bytes), "{name} differs between {} and {}", expected.display(), got.display());
    }
}

fn journal_lines(out: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(out.join(".datamigrate/journal.jsonl")).unwrap_or_default();
    // Only whole lines: the last one may be cut by the kill.
    text.split_inclusive('\n').filter(|l| l.ends_with('\n')).map(|l| l.trim_end().to_string()).collect()
}

fn journal_keys(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["key"].as_str().map(str::to_string))
        .collect()
}

/// Start a migration with `failpoints` and SIGKILL it once `ready(out)` holds.
fn kill_when(input: &Path, out: &Path, failpoints: &str, ready: impl Fn(&Path) -> bool) {
    let mut child = Command::new(datamigrate_bin())
        .args(["migrate", input.to_str().unwrap_or_default(), "--out", out.to_str().unwrap_or_default()])
        .args(["--quiet", "--jobs", "2"])
        .env("DATAMIGRATE_FAILPOINTS", failpoints)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start datamigrate: {e}"));
    // Ends either at the kill point or, if the run finishes first, with the panic below.
    loop {
        if ready(out) {
            // std's kill is SIGKILL on Unix: no chance to clean up.
            let _ = child.kill();
            let _ = child.wait();
            return;
        }
        if let Ok(Some(status)) = child.try_wait() {
            panic!("the run ended ({status}) before the kill point was reached");
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

fn resume(input: &Path, out: &Path) -> String {
    let r = run_cli(
        &["migrate", input.to_str().unwrap_or_default(), "--out", out.to_str().unwrap_or_default(), "--resume"],
        &repo_root(),
    );
    assert!(r.status.code().is_some_and(|c| c <= 1), "resume failed: {}", String::from_utf8_lossy(&r.stderr));
    String::from_utf8_lossy(&r.stderr).into_owned()
}

fn setup(name: &str, views: usize) -> (PathBuf, PathBuf) {
    let dir = scratch(name);
    let input = dir.join("input");
    std::fs::create_dir_all(&input).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(input.join("estate.sql"), estate(12, views)).unwrap_or_else(|e| panic!("{e}"));
    let reference = dir.join("reference");
    let r = run_cli(
        &["migrate", input.to_str().unwrap_or_default(), "--out", reference.to_str().unwrap_or_default(), "--quiet"],
        &repo_root(),
    );
    assert!(r.status.code().is_some_and(|c| c <= 1), "{}", String::from_utf8_lossy(&r.stderr));
    (dir, input)
}

#[test]
fn killed_while_converting_then_resumed_gives_the_same_bytes_and_redoes_nothing() {
    let views = 240;
    let (dir, input) = setup("resume_convert", views);
    let objects = views + 12;
    for (i, at) in [30usize, 150].into_iter().enumerate() {
        let out = dir.join(format!("killed{i}"));
        kill_when(&input, &out, "convert_delay_ms=4", |out| journal_lines(out).len() >= at);
        let before = journal_lines(&out);
        assert!(before.len() >= at && before.len() < objects, "killed at {} of {objects} objects", before.len());
        let stderr = resume(&input, &out);
        assert_same_tree(&dir.join("reference"), &out);
        let after = journal_lines(&out);
        assert_eq!(&after[..before.len()], &before[..], "the lines written before the kill are kept as they were");
        let keys = journal_keys(&after);
        assert_eq!(keys.len(), objects, "one line per object: nothing done twice");
        assert_eq!(keys.iter().collect::<BTreeSet<_>>().len(), objects, "no key twice");
        assert!(stderr.contains(&format!("resumed: {} objects taken from", before.len())), "{stderr}");
    }
}

#[test]
fn killed_while_writing_then_resumed_gives_the_same_bytes() {
    let (dir, input) = setup("resume_write", 60);
    let out = dir.join("killed");
    // The journal is complete once writing starts; kill after a few model files.
    kill_when(&input, &out, "write_delay_ms=15", |out| {
        std::fs::read_dir(out.join("models")).is_ok_and(|d| d.count() > 0)
            && tree(out).keys().filter(|k| k.ends_with(".sql")).count() >= 5
    });
    let before = journal_lines(&out);
    assert_eq!(before.len(), 72, "every object was recorded before writing began");
    assert!(!out.join("migration_report.json").exists(), "the kill came before the end of writing");
    resume(&input, &out);
    assert_same_tree(&dir.join("reference"), &out);
    assert_eq!(journal_lines(&out), before, "nothing was converted again");
    assert!(!tree(&out).keys().any(|k| k.ends_with(".datamigrate-tmp")), "no temporary file is left");
}

fn plan(text: &str, options: &Options) -> pipeline::Planned {
    let loaded = load_memory(vec![("estate.sql".into(), text.as_bytes().to_vec())]);
    pipeline::plan_loaded(loaded, "estate", options, &|_| {}).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_transient_failure_is_retried_with_backoff_and_a_permanent_one_fails_only_its_object() {
    let text = estate(3, 8);
    let attempts: Arc<Mutex<Vec<(String, u32)>>> = Arc::default();
    let waits: Arc<Mutex<Vec<Duration>>> = Arc::default();
    let seen = attempts.clone();
    let slept = waits.clone();
    let hooks = Hooks {
        fault: Some(Arc::new(move |object: &str, attempt: u32| {
            // Objects are named as the catalog keys them: lower case.
            if let Ok(mut a) = seen.lock() {
                a.push((object.to_string(), attempt));
            }
            match object {
                "dbo.v1" if attempt <= 2 => Some(StepError::Transient("connection reset by peer".into())),
                "dbo.v7" => Some(StepError::Permanent("the endpoint refused the request".into())),
                _ => None,
            }
        })),
        sleep: Some(Arc::new(move |d| {
            if let Ok(mut w) = slept.lock() {
                w.push(d);
            }
        })),
        before_write: None,
        parse_chunk_bytes: None,
    };
    let planned = plan(&text, &Options::new(Target::DuckDb).with_jobs(Some(2)).with_hooks(hooks));
    let status: BTreeMap<&str, Status> = planned.result.objects.iter().map(|o| (o.object.as_str(), o.status)).collect();

    // Transient: two failures, waits of about 1 s and 2 s, then converted.
    let v1: Vec<u32> =
        attempts.lock().map(|a| a.iter().filter(|(o, _)| o == "dbo.v1").map(|(_, n)| *n).collect()).unwrap_or_default();
    assert_eq!(v1, [1, 2, 3]);
    let secs: Vec<f64> = waits.lock().map(|w| w.iter().map(|d| d.as_secs_f64()).collect()).unwrap_or_default();
    assert_eq!(secs.len(), 2, "{secs:?}");
    assert!((0.9..=1.1).contains(&secs[0]) && (1.8..=2.2).contains(&secs[1]), "{secs:?}");
    assert_eq!(status.get("dbo.V1"), Some(&Status::Converted));

    // Permanent: one attempt, the object failed with DM9002, everything else converted.
    let v7 = attempts.lock().map(|a| a.iter().filter(|(o, _)| o == "dbo.v7").count()).unwrap_or_default();
    assert_eq!(v7, 1, "a permanent failure is not retried");
    let failed = planned.result.objects.iter().find(|o| o.object == "dbo.V7").unwrap_or_else(|| panic!("no V7"));
    assert_eq!(failed.status, Status::Failed);
    assert!(failed.diagnostics.iter().any(|d| d.code.as_str() == "DM9002" && d.message.contains("refused")));
    for (object, s) in &status {
        if *object != "dbo.V7" {
            assert!(matches!(s, Status::Converted | Status::ConvertedWithWarnings), "{object}: {s:?}");
        }
    }
    assert_eq!(planned.result.objects.len(), 11);
}

#[test]
fn output_is_the_same_for_one_and_eight_threads() {
    let dir = scratch("jobs_identical");
    let generated = dir.join("generated");
    std::fs::create_dir_all(&generated).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(generated.join("bench.sql"), datamigrate_benches::generate_corpus(512 * 1024, 7))
        .unwrap_or_else(|e| panic!("{e}"));
    let corpus = repo_root().join("corpus");
    for (name, input) in [("sample", corpus.as_path()), ("generated", generated.as_path())] {
        let mut outs = Vec::new();
        for jobs in ["1", "8"] {
            let out = dir.join(format!("{name}-{jobs}"));
            let r = run_cli(
                &["migrate", input.to_str().unwrap_or_default(), "--out", out.to_str().unwrap_or_default()]
                    .into_iter()
                    .chain(["--quiet", "--jobs", jobs])
                    .collect::<Vec<_>>(),
                &repo_root(),
            );
            assert!(
                r.status.code().is_some_and(|c| c <= 1),
                "{name} --jobs {jobs}: {}",
                String::from_utf8_lossy(&r.stderr)
            );
            outs.push(out);
        }
        assert!(tree(&outs[0]).len() > 10, "{name}: a project was written");
        assert_same_tree(&outs[0], &outs[1]);
    }
}
