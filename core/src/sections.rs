//! Where a run's wall time goes: inside its parallel sections or outside them.
//!
//! Issue #7 asks for the serial fraction of the whole migration "measured from per-phase timings
//! (time spent outside parallel sections)". Every place the pipeline hands work to the workers
//! wraps it in [`parallel`]; work that runs on one thread *beside* a parallel section (handing
//! parsed batches to the catalog builder in order, overlapped with the next chunk's parse) is
//! wrapped in [`serial_beside`]. With a
//! [`Recorder`] on the thread that drives the run, each phase's wall time is split into:
//!
//! - parallel: inside [`parallel`] sections, less what ran in [`serial_beside`];
//! - serial: everything else (the merges, orderings and lookups between sections, and the
//!   overlapped serial work, which bounds the section's time however many workers there are).
//!
//! Measured at one worker, serial ÷ total is Amdahl's `s` for the run. Without a recorder (every
//! run but a measurement) the wrappers cost one thread-local read. Only the recording thread's
//! calls count: a section inside a section, or on a worker thread, is part of the outer one.

use crate::pipeline::Phase;
use std::cell::RefCell;
use std::time::{Duration, Instant};

/// The wall time of one phase of a recorded run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhaseTime {
    pub phase: Phase,
    pub wall: Duration,
    /// Inside parallel sections (less the serial work beside them).
    pub parallel: Duration,
}

impl PhaseTime {
    /// Outside parallel sections, or serial beside one.
    pub fn serial(&self) -> Duration {
        self.wall.saturating_sub(self.parallel)
    }
}

struct State {
    phases: Vec<PhaseTime>,
    phase_start: Instant,
    /// Depth of [`parallel`] sections open on this thread.
    depth: u32,
    /// [`serial_beside`] time within the open outermost section.
    beside: Duration,
}

thread_local! {
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

/// The clock the recorder reads. Tests move a manual one instead (no test waits on time).
#[cfg(not(test))]
fn now() -> Instant {
    Instant::now()
}

#[cfg(test)]
fn now() -> Instant {
    tests::manual_now()
}

/// Records the sections of the runs this thread drives, from [`Recorder::start`] to
/// [`Recorder::finish`].
#[derive(Debug)]
pub struct Recorder(());

impl Recorder {
    /// Start recording on this thread, in `phase`.
    pub fn start(phase: Phase) -> Recorder {
        let state = State {
            phases: vec![PhaseTime { phase, wall: Duration::ZERO, parallel: Duration::ZERO }],
            phase_start: now(),
            depth: 0,
            beside: Duration::ZERO,
        };
        STATE.with(|s| *s.borrow_mut() = Some(state));
        Recorder(())
    }

    /// Stop recording: the phases in the order they were entered (a phase entered twice has two
    /// entries).
    pub fn finish(self) -> Vec<PhaseTime> {
        let now = now();
        STATE
            .with(|s| s.borrow_mut().take())
            .map(|mut st| {
                if let Some(last) = st.phases.last_mut() {
                    last.wall = now.duration_since(st.phase_start);
                }
                st.phases
            })
            .unwrap_or_default()
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        // Unwinding or dropped without `finish`: leave the thread as it was.
        let _ = STATE.try_with(|s| s.try_borrow_mut().map(|mut s| s.take()));
    }
}

/// `f` on this thread's recording state, if it records.
fn with_state<T>(f: impl FnOnce(&mut State) -> T) -> Option<T> {
    STATE.with(|s| s.try_borrow_mut().ok().and_then(|mut s| s.as_mut().map(f)))
}

/// The recording thread moves to `phase` (no effect elsewhere, or when already in it).
pub(crate) fn enter_phase(phase: Phase) {
    with_state(|st| {
        if st.phases.last().is_some_and(|p| p.phase == phase) {
            return;
        }
        let now = now();
        if let Some(last) = st.phases.last_mut() {
            last.wall = now.duration_since(st.phase_start);
        }
        st.phase_start = now;
        st.phases.push(PhaseTime { phase, wall: Duration::ZERO, parallel: Duration::ZERO });
    });
}

/// Run `f`, which hands its work to the workers (a parallel iterator, `rayon::join`).
pub(crate) fn parallel<R>(f: impl FnOnce() -> R) -> R {
    let depth = with_state(|st| {
        st.depth += 1;
        st.depth
    });
    let start = now();
    let r = f();
    let took = now().duration_since(start);
    if let Some(depth) = depth {
        with_state(|st| {
            st.depth = st.depth.saturating_sub(1);
            // Only the outermost section counts (a nested one is part of it).
            if depth == 1 {
                let beside = std::mem::take(&mut st.beside);
                if let Some(p) = st.phases.last_mut() {
                    p.parallel += took.saturating_sub(beside);
                }
            }
        });
    }
    r
}

/// Run `f`: serial work done on one worker beside a [`parallel`] section (its time is serial,
/// not parallel: with any number of workers the section takes at least this long).
pub(crate) fn serial_beside<R>(f: impl FnOnce() -> R) -> R {
    let start = now();
    let r = f();
    let took = now().duration_since(start);
    with_state(|st| {
        if st.depth > 0 {
            // Taken off the section's time when it ends.
            st.beside += took;
        }
    });
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    thread_local! {
        static START: Instant = Instant::now();
        static ELAPSED: Cell<Duration> = const { Cell::new(Duration::ZERO) };
    }

    pub(super) fn manual_now() -> Instant {
        START.with(|s| *s) + ELAPSED.with(Cell::get)
    }

    /// Work that takes `ms` on the manual clock.
    fn work(ms: u64) {
        ELAPSED.with(|e| e.set(e.get() + Duration::from_millis(ms)));
    }

    #[test]
    fn time_outside_sections_is_serial_and_beside_work_is_taken_off() {
        let ms = Duration::from_millis;
        let rec = Recorder::start(Phase::Load);
        work(5);
        enter_phase(Phase::Parse);
        parallel(|| {
            work(20);
            serial_beside(|| work(8));
            // Nested: part of the outer section.
            parallel(|| work(5));
        });
        work(4);
        enter_phase(Phase::Analyze);
        let phases = rec.finish();
        let names: Vec<Phase> = phases.iter().map(|p| p.phase).collect();
        assert_eq!(names, [Phase::Load, Phase::Parse, Phase::Analyze]);
        assert_eq!((phases[0].wall, phases[0].parallel), (ms(5), Duration::ZERO));
        let parse = phases[1];
        // The section's own work (25 ms) is parallel; the work beside it and after it serial.
        assert_eq!((parse.wall, parse.parallel, parse.serial()), (ms(37), ms(25), ms(12)));
        // Nothing is recorded after `finish`.
        assert!(Recorder::start(Phase::Load).finish().len() == 1);
        parallel(|| ());
        enter_phase(Phase::Parse);
    }

    #[test]
    fn without_a_recorder_the_wrappers_only_run_their_work() {
        assert_eq!(parallel(|| serial_beside(|| 7)), 7);
        enter_phase(Phase::Parse);
        assert!(STATE.with(|s| s.borrow().is_none()));
    }
}
