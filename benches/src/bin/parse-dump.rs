//! Regression check for parser performance work: parse a fixed, deterministic set of inputs and
//! write every parsed batch (statements with spans, diagnostics) as one JSON line, so two builds
//! can be compared byte for byte: `parse-dump <out.jsonl> [repo-root] [shared-conformance.jsonl]`.
//!
//! Inputs: generated estates (several seeds), the same estates with deterministic damage (deleted
//! characters, cut and swapped lines, stray quotes and brackets, to exercise tokenizer errors and
//! statement recovery), the sample corpus, the test fixtures, and the sqlglot T-SQL suite when given.

use datamigrate_benches::generate_corpus;
use datamigrate_core::parse::parse_batch;
use datamigrate_core::source::{load_memory, load_path, split_batches, Loaded};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Damage a script deterministically, line by line.
fn damage(sql: &str, seed: u64) -> String {
    let mut rng = Rng(seed.max(1));
    let mut lines: Vec<String> = sql.lines().map(str::to_string).collect();
    let junk = [
        "'", "[", "]", "\"", "(", ")", "/*", "*/", "--", ",", ";", "N'", "@", ":", "$", "#", "0x", "1e", ".", "é",
        "\t", "\r",
    ];
    for _ in 0..lines.len() / 4 {
        let i = rng.below(lines.len());
        match rng.below(6) {
            0 => {
                let line = &mut lines[i];
                if !line.is_empty() {
                    let mut at = rng.below(line.len());
                    while !line.is_char_boundary(at) {
                        at -= 1;
                    }
                    line.remove(at);
                }
            }
            1 => {
                let line = &mut lines[i];
                let mut at = rng.below(line.len() + 1);
                while !line.is_char_boundary(at) {
                    at -= 1;
                }
                line.insert_str(at, junk[rng.below(junk.len())]);
            }
            2 => {
                let j = rng.below(lines.len());
                lines.swap(i, j);
            }
            3 => {
                let line = &mut lines[i];
                let mut at = rng.below(line.len() + 1);
                while !line.is_char_boundary(at) {
                    at -= 1;
                }
                line.truncate(at);
            }
            4 => lines[i] = lines[i].to_ascii_lowercase(),
            _ => {
                let j = rng.below(lines.len());
                let copy = lines[j].clone();
                lines.insert(i, copy);
            }
        }
    }
    lines.join("\n")
}

fn dump(out: &mut impl Write, name: &str, loaded: &Loaded) -> std::io::Result<usize> {
    let mut n = 0;
    for file in &loaded.sources.files {
        for batch in split_batches(file).batches {
            // A panic is a finding too: record it and go on.
            let json = match std::panic::catch_unwind(|| parse_batch(&batch)) {
                Ok(parsed) => {
                    n += parsed.statements.len();
                    serde_json::to_string(&parsed).map_err(std::io::Error::other)?
                }
                Err(_) => "PANIC".to_string(),
            };
            writeln!(out, "{name}\t{}\t{}\t{json}", file.path, batch.index)?;
        }
    }
    Ok(n)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let Some(out_path) = args.get(1) else {
        eprintln!("usage: parse-dump <out.jsonl> [repo-root] [shared-conformance.jsonl]");
        return ExitCode::from(2);
    };
    std::panic::set_hook(Box::new(|_| {}));
    let root = args.get(2).map(String::as_str).unwrap_or(".");
    let run = || -> std::io::Result<usize> {
        let mut out = std::io::BufWriter::new(std::fs::File::create(out_path)?);
        let mut n = 0;
        for seed in 1..=6u64 {
            let sql = generate_corpus(192 * 1024, seed);
            n += dump(
                &mut out,
                &format!("gen{seed}"),
                &load_memory(vec![("gen.sql".into(), sql.clone().into_bytes())]),
            )?;
            for d in 0..3u64 {
                let bad = damage(&sql, seed * 100 + d);
                n += dump(
                    &mut out,
                    &format!("dmg{seed}.{d}"),
                    &load_memory(vec![("dmg.sql".into(), bad.into_bytes())]),
                )?;
            }
        }
        for dir in ["corpus", "tests/fixtures"] {
            n += dump(&mut out, dir, &load_path(&Path::new(root).join(dir)))?;
        }
        if let Some(suite) = args.get(3) {
            let text = std::fs::read_to_string(suite)?;
            for (i, line) in text.lines().enumerate() {
                let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
                for key in ["tsql", "expected_tsql"] {
                    if let Some(sql) = v.get(key).and_then(|s| s.as_str()) {
                        let files = vec![(format!("case{i}.sql"), sql.as_bytes().to_vec())];
                        n += dump(&mut out, &format!("suite{i}.{key}"), &load_memory(files))?;
                        let bad = damage(sql, i as u64 + 7);
                        n += dump(
                            &mut out,
                            &format!("suite{i}.{key}.dmg"),
                            &load_memory(vec![("d.sql".into(), bad.into_bytes())]),
                        )?;
                    }
                }
            }
        }
        out.flush()?;
        Ok(n)
    };
    match run() {
        Ok(n) => {
            println!("{n} statements");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("parse-dump: {e}");
            ExitCode::from(2)
        }
    }
}
