//! How `migrate` shows progress: a bar with ETA on a terminal (indicatif), plain lines when
//! stderr is a file or a pipe (one per phase, and one per tenth of the conversion), JSON lines
//! with `--json`, nothing with `--quiet`. Events come from worker threads, hence the locks.

use datamigrate_core::pipeline::{Phase, Progress};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::Mutex;

enum Mode {
    None,
    Lines,
    Bar(ProgressBar),
    Json,
}

/// The progress display of one run.
pub struct Shown {
    mode: Mode,
    /// Last phase shown, and the last tenth of it printed (lines mode).
    last: Mutex<Option<(Phase, usize)>>,
}

fn phase_line(p: &Progress) -> String {
    match p.phase {
        Phase::Load => format!("reading {}", p.current.as_deref().unwrap_or("input")),
        Phase::Parse => format!("parsing {} batches", p.total),
        Phase::Catalog => "building the catalog".to_string(),
        Phase::Analyze => "analysing dependencies".to_string(),
        Phase::Convert => format!("converting {} objects", p.total),
        Phase::Write => format!("writing {} files", p.total),
    }
}

fn seconds(ms: u64) -> String {
    format!("{:.1} s", ms as f64 / 1000.0)
}

impl Shown {
    /// `text`: the normal display; `json`: JSON events. Neither: quiet.
    pub fn new(text: bool, json: bool) -> Shown {
        let mode = if json {
            Mode::Json
        } else if !text {
            Mode::None
        } else if std::io::stderr().is_terminal() {
            let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template("{msg:<28} [{bar:30}] {pos}/{len} {elapsed_precise} ETA {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> ");
            bar.set_style(style);
            Mode::Bar(bar)
        } else {
            Mode::Lines
        };
        Shown { mode, last: Mutex::new(None) }
    }

    /// Show one event.
    pub fn event(&self, p: Progress) {
        match &self.mode {
            Mode::None => {}
            Mode::Json => {
                if let Ok(line) = serde_json::to_string(&p) {
                    eprintln!("{line}");
                }
            }
            Mode::Bar(bar) => {
                let Ok(mut last) = self.last.lock() else { return };
                if last.map(|(phase, _)| phase) != Some(p.phase) {
                    *last = Some((p.phase, 0));
                    bar.reset();
                    bar.set_length(p.total as u64);
                    bar.set_message(phase_line(&p));
                }
                bar.set_position(p.done as u64);
            }
            Mode::Lines => {
                let Ok(mut last) = self.last.lock() else { return };
                let tenth = (p.done * 10).checked_div(p.total).unwrap_or(10);
                match *last {
                    Some((phase, _)) if phase != p.phase => {
                        *last = Some((p.phase, 0));
                        eprintln!("datamigrate: {}", phase_line(&p));
                    }
                    None => {
                        *last = Some((p.phase, 0));
                        eprintln!("datamigrate: {}", phase_line(&p));
                    }
                    // A line per tenth of the conversion, the long phase of a large estate.
                    Some((phase, shown))
                        if phase == Phase::Convert && p.total >= 100 && tenth > shown && p.done < p.total =>
                    {
                        *last = Some((phase, tenth));
                        let eta = p.eta_ms.map(|ms| format!(", about {} left", seconds(ms))).unwrap_or_default();
                        eprintln!(
                            "datamigrate: converted {}/{} objects, {} elapsed{eta}",
                            p.done,
                            p.total,
                            seconds(p.elapsed_ms)
                        );
                    }
                    _ => {}
                }
            }
        }
    }

    /// A message between events (kept clear of the bar).
    pub fn note(&self, message: &str) {
        match &self.mode {
            Mode::Bar(bar) => bar.println(format!("datamigrate: {message}")),
            Mode::Lines => eprintln!("datamigrate: {message}"),
            Mode::None | Mode::Json => {}
        }
    }

    /// Remove the bar before the summary is printed.
    pub fn finish(&self) {
        if let Mode::Bar(bar) = &self.mode {
            bar.finish_and_clear();
        }
    }
}
