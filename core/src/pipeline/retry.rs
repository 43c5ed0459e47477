//! The one retry policy of the pipeline: an operation that fails transiently (a live server, an
//! LLM endpoint, an injected fault in tests) is tried again after 1 s, 2 s and 4 s, each delay
//! moved by up to ±10% of jitter; a permanent failure, or a transient one that outlasts the
//! retries, is returned to the caller, which marks that object failed and goes on with the rest.
//!
//! The jitter is derived from a seed the caller gives (the object's name), not from a clock or a
//! random source, so that concurrent workers spread their retries while a run stays reproducible.
//! Sleeping is a parameter, so tests observe the delays without waiting for them.

use std::time::Duration;

/// How an attempt failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepError {
    /// Worth another attempt (a timeout, a dropped connection, a rate limit).
    Transient(String),
    /// Will fail again (bad input, a refused request).
    Permanent(String),
}

/// The operation failed for good.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// Attempts made, the first included.
    pub attempts: u32,
    /// The last error.
    pub error: StepError,
}

impl Failure {
    /// One line for a diagnostic.
    pub fn describe(&self) -> String {
        match &self.error {
            StepError::Transient(m) => format!("still failing after {} attempts: {m}", self.attempts),
            StepError::Permanent(m) => m.clone(),
        }
    }
}

/// Retry delays: `base * factor^i` for retry `i`, each moved by up to `jitter` of itself.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RetryPolicy {
    /// Retries after the first attempt.
    pub retries: u32,
    pub base: Duration,
    pub factor: u32,
    /// Fraction of a delay by which it may move either way (0.1 = ±10%).
    pub jitter: f64,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy { retries: 3, base: Duration::from_secs(1), factor: 2, jitter: 0.1 }
    }
}

impl RetryPolicy {
    /// The delay before retry `i` (0-based) of the operation seeded with `seed`.
    pub fn delay(&self, i: u32, seed: &str) -> Duration {
        let nominal = self.base.saturating_mul(self.factor.saturating_pow(i));
        // A number in [-1, 1) from the seed and the retry number (FNV-1a, then the top 53 bits).
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in seed.bytes().chain(i.to_le_bytes()) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        let unit = (h >> 11) as f64 / (1u64 << 53) as f64 * 2.0 - 1.0;
        nominal.mul_f64((1.0 + self.jitter * unit).max(0.0))
    }

    /// Run `op` (given the attempt number, from 1) until it succeeds, fails permanently or has
    /// used every retry; `sleep` waits between attempts.
    pub fn run<T>(
        &self,
        seed: &str,
        sleep: &dyn Fn(Duration),
        mut op: impl FnMut(u32) -> Result<T, StepError>,
    ) -> Result<T, Failure> {
        let mut attempt = 1;
        loop {
            match op(attempt) {
                Ok(v) => return Ok(v),
                Err(StepError::Transient(_)) if attempt <= self.retries => {
                    sleep(self.delay(attempt - 1, seed));
                    attempt += 1;
                }
                Err(error) => return Err(Failure { attempts: attempt, error }),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    #[test]
    fn delays_are_one_two_four_seconds_within_the_jitter() {
        let p = RetryPolicy::default();
        for seed in ["dbo.a", "Sales.vw_Orders", ""] {
            for (i, nominal) in [1.0, 2.0, 4.0].into_iter().enumerate() {
                let d = p.delay(i as u32, seed).as_secs_f64();
                assert!((d - nominal).abs() <= nominal * 0.1 + 1e-9, "{seed} retry {i}: {d}");
            }
        }
        assert_eq!(p.delay(1, "x"), p.delay(1, "x"), "reproducible");
        assert_ne!(p.delay(0, "dbo.a"), p.delay(0, "dbo.b"), "spread across objects");
    }

    #[test]
    fn a_transient_failure_is_retried_until_it_succeeds() {
        let slept = RefCell::new(Vec::new());
        let r = RetryPolicy::default().run("dbo.v", &|d| slept.borrow_mut().push(d), |attempt| {
            if attempt < 3 {
                Err(StepError::Transient("connection reset".into()))
            } else {
                Ok(attempt)
            }
        });
        assert_eq!(r, Ok(3));
        assert_eq!(slept.borrow().len(), 2);
    }

    #[test]
    fn retries_run_out_after_three() {
        let slept = RefCell::new(Vec::new());
        let r: Result<(), _> = RetryPolicy::default()
            .run("dbo.v", &|d| slept.borrow_mut().push(d), |_| Err(StepError::Transient("timeout".into())));
        let f = r.err().unwrap_or_else(|| panic!("must fail"));
        assert_eq!(f.attempts, 4);
        assert_eq!(f.describe(), "still failing after 4 attempts: timeout");
        let secs: Vec<f64> = slept.borrow().iter().map(|d| d.as_secs_f64().round()).collect();
        assert_eq!(secs, [1.0, 2.0, 4.0]);
    }

    #[test]
    fn a_permanent_failure_is_not_retried() {
        let slept = RefCell::new(Vec::new());
        let r: Result<(), _> = RetryPolicy::default()
            .run("dbo.v", &|d| slept.borrow_mut().push(d), |_| Err(StepError::Permanent("refused".into())));
        assert_eq!(r, Err(Failure { attempts: 1, error: StepError::Permanent("refused".into()) }));
        assert!(slept.borrow().is_empty());
    }
}
