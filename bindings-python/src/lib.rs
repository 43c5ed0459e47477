//! `datamigrate._native`: the PyO3 extension under the `datamigrate` Python package.
//!
//! Each function converts its arguments, calls one `datamigrate_core::api` entry point with the
//! GIL released and inside `api::guard` (a panic becomes an `InternalError`, never an unwind into
//! Python), and converts the result: a `str` for `transpile`, the result serialised as JSON for
//! everything else. The typed Python classes in `python/datamigrate/` are built from that JSON;
//! this crate holds no logic of its own (ADR 0011).

// `api::ApiError` is large; it is returned at most once per call, as in `core/src/api.rs`.
#![allow(clippy::result_large_err)]

use datamigrate_core::api::{self, ApiError, ErrorKind, RunOptions};
use datamigrate_core::Progress;
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use serde::Serialize;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

/// mimalloc instead of the system malloc, as in the CLI: the core allocates millions of small
/// nodes, and glibc's malloc/free were about a third of parse time (ADR 0013).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The Python module that turns an error's JSON into the right exception class.
const ERRORS_MODULE: &str = "datamigrate._errors";

/// The exception for `e`, built by `datamigrate._errors._from_native` from its JSON so that it
/// carries every field (kind, code, message, file, line, column, diagnostics).
fn to_pyerr(py: Python<'_>, e: ApiError) -> PyErr {
    let built = serde_json::to_string(&e).map_err(|j| PyRuntimeError::new_err(j.to_string())).and_then(|json| {
        let factory = py.import(ERRORS_MODULE)?.getattr("_from_native")?;
        factory.call1((json,))
    });
    match built {
        Ok(exception) => PyErr::from_value(exception),
        // The package is broken (the module cannot be imported); still raise, with the message.
        Err(_) => PyRuntimeError::new_err(e.message),
    }
}

/// A result as JSON text for the Python side.
fn to_json<T: Serialize>(value: &T) -> Result<String, ApiError> {
    serde_json::to_string(value)
        .map_err(|e| ApiError::new(ErrorKind::Internal, format!("internal error (please report): {e}")))
}

/// Run `work` without the GIL, panics caught, and convert its error.
fn run<T: Send>(py: Python<'_>, work: impl FnOnce() -> Result<T, ApiError> + Send) -> PyResult<T> {
    py.detach(|| api::guard(work)).map_err(|e| to_pyerr(py, e))
}

/// The Python progress callback and the first exception it raised. The core calls the sink from
/// its worker threads; each call attaches to Python for the duration of the callback only. After
/// an exception the callback is not called again (calls already under way on other threads still
/// finish), and the exception is raised when the run ends.
///
/// No Rust lock is held while Python runs: a callback may give the GIL up (a `threading.Lock`,
/// any I/O, the switch interval), and a worker blocked on a Rust lock while holding the GIL would
/// then deadlock with the worker holding that lock and waiting for the GIL.
struct Callback {
    func: Option<Py<PyAny>>,
    failed: AtomicBool,
    error: Mutex<Option<PyErr>>,
}

impl Callback {
    fn new(func: Option<Py<PyAny>>) -> Self {
        Callback { func, failed: AtomicBool::new(false), error: Mutex::new(None) }
    }

    fn send(&self, progress: Progress) {
        let Some(func) = &self.func else { return };
        if self.failed.load(Ordering::Acquire) {
            return;
        }
        let json = serde_json::to_string(&progress);
        Python::attach(|py| {
            let called = json.map_err(|e| PyRuntimeError::new_err(e.to_string())).and_then(|j| func.call1(py, (j,)));
            if let Err(e) = called {
                // Only the first exception is kept; the lock is taken with no Python running.
                if !self.failed.swap(true, Ordering::AcqRel) {
                    if let Ok(mut slot) = self.error.lock() {
                        *slot = Some(e);
                    }
                }
            }
        });
    }

    /// The run's value, or the callback's exception if it raised one.
    fn finish<T>(self, value: T) -> PyResult<T> {
        match self.error.into_inner() {
            Ok(Some(e)) => Err(e),
            _ => Ok(value),
        }
    }
}

/// Transpile T-SQL text to `target`; returns the target SQL.
#[pyfunction]
fn transpile(py: Python<'_>, sql: String, target: String) -> PyResult<String> {
    run(py, || api::transpile(&sql, &target))
}

/// Transpile T-SQL text to `target`, keeping every statement and its diagnostics (JSON).
#[pyfunction]
fn transpile_detailed(py: Python<'_>, sql: String, target: String, name: String) -> PyResult<String> {
    run(py, || to_json(&api::transpile_detailed(&sql, &target, &name)?))
}

/// Parse T-SQL text into statement summaries (JSON).
#[pyfunction]
fn parse(py: Python<'_>, sql: String, name: String) -> PyResult<String> {
    run(py, || to_json(&api::parse(&sql, &name)))
}

/// Assess the scripts at `path`: the report (JSON).
#[pyfunction]
#[pyo3(signature = (path, target, jobs, on_progress))]
fn assess(
    py: Python<'_>,
    path: PathBuf,
    target: String,
    jobs: Option<usize>,
    on_progress: Option<Py<PyAny>>,
) -> PyResult<String> {
    let callback = Callback::new(on_progress);
    let options = RunOptions { target, jobs, resume: false };
    let json = run(py, || to_json(&api::assess(&path, &options, &|p| callback.send(p))?))?;
    callback.finish(json)
}

/// Migrate the scripts at `input` into a dbt project in `out`: the migration result (JSON).
#[pyfunction]
#[pyo3(signature = (input, out, target, jobs, resume, on_progress))]
fn migrate(
    py: Python<'_>,
    input: PathBuf,
    out: PathBuf,
    target: String,
    jobs: Option<usize>,
    resume: bool,
    on_progress: Option<Py<PyAny>>,
) -> PyResult<String> {
    let callback = Callback::new(on_progress);
    let options = RunOptions { target, jobs, resume };
    let json = run(py, || to_json(&api::migrate(&input, &out, &options, &|p| callback.send(p))?))?;
    callback.finish(json)
}

/// Build a migrated DuckDB project with dbt: the validation (JSON).
#[pyfunction]
#[pyo3(signature = (project, dbt))]
fn validate(py: Python<'_>, project: PathBuf, dbt: Option<PathBuf>) -> PyResult<String> {
    run(py, || to_json(&api::validate(&project, dbt)?))
}

/// Raise a panic inside the core's guard: lets the tests prove a panic becomes `InternalError`.
#[pyfunction]
fn _panic_for_tests(py: Python<'_>, message: String) -> PyResult<()> {
    run(py, || -> Result<(), ApiError> { std::panic::panic_any(message) })
}

#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", datamigrate_core::VERSION)?;
    m.add_function(wrap_pyfunction!(transpile, m)?)?;
    m.add_function(wrap_pyfunction!(transpile_detailed, m)?)?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(assess, m)?)?;
    m.add_function(wrap_pyfunction!(migrate, m)?)?;
    m.add_function(wrap_pyfunction!(validate, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_for_tests, m)?)?;
    Ok(())
}
