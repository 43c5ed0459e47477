//! Write a generated benchmark corpus: `gen-corpus <out.sql> <megabytes> [seed]`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(path), Some(mb)) = (args.get(1), args.get(2).and_then(|m| m.parse::<f64>().ok())) else {
        eprintln!("usage: gen-corpus <out.sql> <megabytes> [seed]");
        return ExitCode::from(2);
    };
    let seed = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(1);
    let sql = datamigrate_benches::generate_corpus((mb * 1024.0 * 1024.0) as usize, seed);
    match std::fs::write(path, sql) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cannot write {path}: {e}");
            ExitCode::from(2)
        }
    }
}
