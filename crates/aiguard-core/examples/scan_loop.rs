//! A tight scan loop for profilers (`perf record`) and for A/B timing on a noisy
//! machine: prints the fastest of 15 batches, which load can only slow down.
//!
//!     cargo run --release -p aiguard-core --example scan_loop -- FILE [SCANS_PER_BATCH]

use aiguard_core::{rulesets, KindMask, Scanner};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let text = std::fs::read_to_string(args.next().ok_or("usage: scan_loop FILE [SCANS_PER_BATCH]")?)?;
    let n: usize = args.next().map(|s| s.parse()).transpose()?.unwrap_or(200);
    let scanner = Scanner::new(rulesets::builtin()?)?;
    scanner.build_all(); // not inside the timing
    let mut best = f64::MAX;
    let mut found = 0;
    for _ in 0..15 {
        let t = Instant::now();
        for _ in 0..n {
            found = std::hint::black_box(scanner.scan(&text, KindMask::ALL)).len();
        }
        best = best.min(t.elapsed().as_secs_f64() * 1e6 / n as f64);
    }
    println!(
        "{} bytes, {found} findings: fastest batch {best:.1} us/scan ({:.0} MB/s)",
        text.len(),
        text.len() as f64 / best
    );
    Ok(())
}
