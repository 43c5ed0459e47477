//! The Node binding: each function converts its arguments, calls one `datamigrate_core::api`
//! entry point inside `api::guard` (so a panic becomes an `internal` error, never a crash), and
//! converts the result.
//!
//! Results and errors cross as one envelope value, `{ ok: true, value }` or
//! `{ ok: false, error }`, where `value` is the core's serialised result and `error` the
//! serialised `ApiError` with every field. `datamigrate.js` unwraps it and throws a
//! `DatamigrateError` subclass, so errors reach JavaScript as data, never as rendered text.
//!
//! The `*Async` functions run on a thread of their own and report through one thread-safe
//! function: `{ progress }` messages while working, then one `{ result }` with the envelope. One
//! queue for both keeps the order: every progress event arrives before the result.

// One `ApiError` per call, carrying every diagnostic (as in `core::api`); boxing it would only
// add noise.
#![allow(clippy::result_large_err)]

use datamigrate_core::api::{self, ApiError, ErrorKind, RunOptions};
use datamigrate_core::Progress;
use napi::bindgen_prelude::Unknown;
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi::Status;
use napi_derive::napi;
use serde::Serialize;
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// mimalloc instead of the system malloc, as in the CLI: the core allocates millions of small
/// nodes, and glibc's malloc/free were about a third of parse time (ADR 0013).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The name positions use when the caller gives none (the one `api::transpile` uses).
const INPUT_NAME: &str = "<input>";

/// Receives `{ progress }` and `{ result }` messages from a worker thread.
type Reporter = ThreadsafeFunction<Value, Unknown<'static>, Value, Status, false>;

/// Options of `migrate` and `assess`; a missing field takes the core's default.
#[napi(object, js_name = "RunOptions")]
#[derive(Debug, Default, Clone)]
pub struct JsRunOptions {
    /// Target dialect: `duckdb` (default), `postgres`, `snowflake`, `bigquery`, ...
    pub target: Option<String>,
    /// Worker threads (default: one per core).
    pub jobs: Option<u32>,
    /// Reuse the outcomes of an interrupted run into the same folder.
    pub resume: Option<bool>,
}

fn run_options(o: Option<JsRunOptions>) -> RunOptions {
    let o = o.unwrap_or_default();
    let mut run = RunOptions::default();
    if let Some(t) = o.target {
        run.target = t;
    }
    if let Some(j) = o.jobs {
        run.jobs = Some(j as usize);
    }
    if let Some(r) = o.resume {
        run.resume = r;
    }
    run
}

fn to_value<T: Serialize>(v: T) -> Result<Value, ApiError> {
    serde_json::to_value(v).map_err(|e| ApiError::new(ErrorKind::Internal, format!("cannot convert the result: {e}")))
}

/// `{ ok: true, value }` or `{ ok: false, error }`.
fn envelope(r: Result<Value, ApiError>) -> Value {
    let mut m = Map::new();
    match r {
        Ok(v) => {
            m.insert("ok".into(), Value::Bool(true));
            m.insert("value".into(), v);
        }
        Err(e) => {
            m.insert("ok".into(), Value::Bool(false));
            let error = serde_json::to_value(&e).unwrap_or_else(|_| {
                // Not expected (every field serialises), but the caller must still get an error.
                let mut fallback = Map::new();
                fallback.insert("kind".into(), Value::String(ErrorKind::Internal.as_str().into()));
                fallback.insert("message".into(), Value::String(e.message.clone()));
                Value::Object(fallback)
            });
            m.insert("error".into(), error);
        }
    }
    Value::Object(m)
}

fn message(key: &str, v: Value) -> Value {
    let mut m = Map::new();
    m.insert(key.into(), v);
    Value::Object(m)
}

/// Run `work` now, on the calling (JavaScript) thread.
fn run_sync(work: impl FnOnce(&(dyn Fn(Progress) + Sync)) -> Result<Value, ApiError>) -> Value {
    envelope(api::guard(|| work(&|_| {})))
}

/// Run `work` on a worker thread; progress events and then the envelope go to `reporter`.
fn run_async(
    reporter: Reporter,
    work: impl FnOnce(&(dyn Fn(Progress) + Sync)) -> Result<Value, ApiError> + Send + 'static,
) -> napi::Result<()> {
    workers::submit(Box::new(move || {
        let progress = |p: Progress| {
            if let Ok(v) = serde_json::to_value(&p) {
                reporter.call(message("progress", v), ThreadsafeFunctionCallMode::NonBlocking);
            }
        };
        let result = envelope(api::guard(|| work(&progress)));
        reporter.call(message("result", result), ThreadsafeFunctionCallMode::NonBlocking);
    }))
    .map_err(|e| napi::Error::from_reason(format!("cannot start a worker thread: {e}")))
}

/// The threads the `*Async` calls run on. A thread started per call paid for a fresh stack and
/// malloc arena every time: five times the page faults of the same call on the JavaScript thread
/// and about 15% more time on the 327-view transpile benchmark (benches/RESULTS.md). A worker
/// that finishes a job waits for the next one instead, so calls reuse warm threads; a call that
/// finds no idle worker starts one, so calls never queue behind each other.
mod workers {
    use std::sync::mpsc::{channel, Sender};
    use std::sync::{Mutex, OnceLock};

    pub(crate) type Job = Box<dyn FnOnce() + Send>;

    /// Idle workers beyond this many end instead of waiting.
    const MAX_IDLE: usize = 8;

    fn idle() -> &'static Mutex<Vec<Sender<Job>>> {
        static IDLE: OnceLock<Mutex<Vec<Sender<Job>>>> = OnceLock::new();
        IDLE.get_or_init(|| Mutex::new(Vec::new()))
    }

    /// Run `job` on an idle worker, or on a new one when none is idle.
    pub(crate) fn submit(job: Job) -> std::io::Result<()> {
        let mut job = job;
        loop {
            let waiting = idle().lock().ok().and_then(|mut list| list.pop());
            match waiting {
                Some(worker) => match worker.send(job) {
                    Ok(()) => return Ok(()),
                    // That worker has ended: try the next one.
                    Err(returned) => job = returned.0,
                },
                None => break,
            }
        }
        let (me, inbox) = channel::<Job>();
        std::thread::Builder::new().name("datamigrate-node".into()).spawn(move || {
            let mut job = job;
            loop {
                job();
                match idle().lock() {
                    Ok(mut list) if list.len() < MAX_IDLE => list.push(me.clone()),
                    _ => return,
                }
                match inbox.recv() {
                    Ok(next) => job = next,
                    Err(_) => return,
                }
            }
        })?;
        Ok(())
    }
}

fn parse_work(sql: String, name: Option<String>) -> impl FnOnce(&(dyn Fn(Progress) + Sync)) -> Result<Value, ApiError> {
    move |_| to_value(api::parse(&sql, name.as_deref().unwrap_or(INPUT_NAME)))
}

fn transpile_work(sql: String, target: String) -> impl FnOnce(&(dyn Fn(Progress) + Sync)) -> Result<Value, ApiError> {
    move |_| api::transpile(&sql, &target).map(Value::String)
}

fn transpile_detailed_work(
    sql: String,
    target: String,
    name: Option<String>,
) -> impl FnOnce(&(dyn Fn(Progress) + Sync)) -> Result<Value, ApiError> {
    move |_| to_value(api::transpile_detailed(&sql, &target, name.as_deref().unwrap_or(INPUT_NAME))?)
}

fn assess_work(
    input: String,
    options: Option<JsRunOptions>,
) -> impl FnOnce(&(dyn Fn(Progress) + Sync)) -> Result<Value, ApiError> {
    move |progress| to_value(api::assess(Path::new(&input), &run_options(options), progress)?)
}

fn migrate_work(
    input: String,
    out: String,
    options: Option<JsRunOptions>,
) -> impl FnOnce(&(dyn Fn(Progress) + Sync)) -> Result<Value, ApiError> {
    move |progress| to_value(api::migrate(Path::new(&input), Path::new(&out), &run_options(options), progress)?)
}

fn validate_work(
    project: String,
    dbt: Option<String>,
) -> impl FnOnce(&(dyn Fn(Progress) + Sync)) -> Result<Value, ApiError> {
    move |_| to_value(api::validate(Path::new(&project), dbt.map(PathBuf::from))?)
}

/// Statement summaries of a T-SQL script. Envelope of `ParseOutput`.
#[napi(js_name = "parseSync", ts_return_type = "Envelope")]
pub fn parse_sync(sql: String, name: Option<String>) -> Value {
    run_sync(parse_work(sql, name))
}

/// `parseSync` on a worker thread; the envelope goes to `reporter` as `{ result }`.
#[napi(js_name = "parseAsync")]
pub fn parse_async(
    sql: String,
    name: Option<String>,
    #[napi(ts_arg_type = "(message: Message) => void")] reporter: Reporter,
) -> napi::Result<()> {
    run_async(reporter, parse_work(sql, name))
}

/// Target SQL of a T-SQL script. Envelope of a string.
#[napi(js_name = "transpileSync", ts_return_type = "Envelope")]
pub fn transpile_sync(sql: String, target: String) -> Value {
    run_sync(transpile_work(sql, target))
}

/// `transpileSync` on a worker thread.
#[napi(js_name = "transpileAsync")]
pub fn transpile_async(
    sql: String,
    target: String,
    #[napi(ts_arg_type = "(message: Message) => void")] reporter: Reporter,
) -> napi::Result<()> {
    run_async(reporter, transpile_work(sql, target))
}

/// Per-statement target SQL and diagnostics. Envelope of `TranspileOutput`.
#[napi(js_name = "transpileDetailedSync", ts_return_type = "Envelope")]
pub fn transpile_detailed_sync(sql: String, target: String, name: Option<String>) -> Value {
    run_sync(transpile_detailed_work(sql, target, name))
}

/// `transpileDetailedSync` on a worker thread.
#[napi(js_name = "transpileDetailedAsync")]
pub fn transpile_detailed_async(
    sql: String,
    target: String,
    name: Option<String>,
    #[napi(ts_arg_type = "(message: Message) => void")] reporter: Reporter,
) -> napi::Result<()> {
    run_async(reporter, transpile_detailed_work(sql, target, name))
}

/// The assessment report of the scripts at `input`. Envelope of `Report`.
#[napi(js_name = "assessSync", ts_return_type = "Envelope")]
pub fn assess_sync(input: String, options: Option<JsRunOptions>) -> Value {
    run_sync(assess_work(input, options))
}

/// `assessSync` on a worker thread, with `{ progress }` messages.
#[napi(js_name = "assessAsync")]
pub fn assess_async(
    input: String,
    options: Option<JsRunOptions>,
    #[napi(ts_arg_type = "(message: Message) => void")] reporter: Reporter,
) -> napi::Result<()> {
    run_async(reporter, assess_work(input, options))
}

/// Migrate the scripts at `input` into a dbt project in `out`. Envelope of `MigrationResult`.
#[napi(js_name = "migrateSync", ts_return_type = "Envelope")]
pub fn migrate_sync(input: String, out: String, options: Option<JsRunOptions>) -> Value {
    run_sync(migrate_work(input, out, options))
}

/// `migrateSync` on a worker thread, with `{ progress }` messages.
#[napi(js_name = "migrateAsync")]
pub fn migrate_async(
    input: String,
    out: String,
    options: Option<JsRunOptions>,
    #[napi(ts_arg_type = "(message: Message) => void")] reporter: Reporter,
) -> napi::Result<()> {
    run_async(reporter, migrate_work(input, out, options))
}

/// `dbt seed` + `dbt build` of a migrated DuckDB project. Envelope of `Validation`.
#[napi(js_name = "validateSync", ts_return_type = "Envelope")]
pub fn validate_sync(project: String, dbt: Option<String>) -> Value {
    run_sync(validate_work(project, dbt))
}

/// `validateSync` on a worker thread.
#[napi(js_name = "validateAsync")]
pub fn validate_async(
    project: String,
    dbt: Option<String>,
    #[napi(ts_arg_type = "(message: Message) => void")] reporter: Reporter,
) -> napi::Result<()> {
    run_async(reporter, validate_work(project, dbt))
}
