//! Where a scan's time goes: the whole scan, the normalized/decoded views alone, and
//! each rule on its own (its prefilter, set pass and confirmation), on one text file.
//!
//!     cargo run --release -p aiguard-core --example rule_cost -- FILE [TOP]

use aiguard_core::{normalize, rulesets, KindMask, Scanner};
use std::time::Instant;

fn time<T>(rounds: u32, mut f: impl FnMut() -> T) -> f64 {
    let t = Instant::now();
    for _ in 0..rounds {
        std::hint::black_box(f());
    }
    t.elapsed().as_secs_f64() / rounds as f64 * 1e6
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let text = std::fs::read_to_string(args.next().ok_or("usage: rule_cost FILE [TOP]")?)?;
    let top: usize = args.next().map(|s| s.parse()).transpose()?.unwrap_or(15);
    let rules = rulesets::builtin()?;
    let scanner = Scanner::new(rules.clone())?;
    scanner.build_all(); // built-in regexes are otherwise built on first use, inside the timing
    let rounds = (20_000_000 / text.len().max(1)).clamp(5, 2000) as u32;
    let full = time(rounds, || scanner.scan(&text, KindMask::ALL));
    println!(
        "{} bytes, {} rules: full scan {full:.1} us ({:.0} MB/s)",
        text.len(),
        rules.len(),
        text.len() as f64 / full
    );
    let mut by: std::collections::BTreeMap<(&str, &str), usize> = Default::default();
    for (r, sr) in scanner.rules().iter().enumerate() {
        *by.entry((sr.rule.kind.as_str(), scanner.strategy(r as u32).0)).or_default() += 1;
    }
    println!("how rules run once woken: {by:?}");
    println!("views alone: {:.1} us", time(rounds, || normalize::views(&text, true)));
    let triggered = scanner.triggered_rules(&text, KindMask::ALL);
    println!(
        "rules woken by the prefilter: {} ({} us for the prefilter alone)",
        triggered.len(),
        time(rounds, || scanner.triggered_rules(&text, KindMask::ALL)) as u64
    );
    for (r, plan) in scanner.explain(&text, KindMask::ALL) {
        let reach = scanner.strategy(r).1.map_or("unbounded".to_string(), |n| format!("reach {n}"));
        println!("  {:40} {plan} ({reach})", scanner.rules()[r as usize].rule.id);
    }
    println!();
    let mut costs: Vec<(f64, String)> = rules
        .iter()
        .map(|r| {
            let one = Scanner::new(vec![r.clone()])?;
            one.build_all();
            Ok((time(rounds.min(200), || one.scan(&text, KindMask::ALL)), r.rule.id.clone()))
        })
        .collect::<Result<_, aiguard_core::Error>>()?;
    costs.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!("scan time by rule alone:");
    for (us, id) in costs.iter().take(top) {
        println!("{us:9.1} us  {id}");
    }
    let mut compile: Vec<(f64, String)> = rules
        .iter()
        .map(|r| (time(3, || Scanner::new(vec![r.clone()]).map(|s| s.build_all())), r.rule.id.clone()))
        .collect();
    compile.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!(
        "compile time by rule alone (whole set: {:.0} ms, every regex built on all cores):",
        time(1, || Scanner::new(rules.clone()).map(|s| s.build_all())) / 1000.0
    );
    for (us, id) in compile.iter().take(top) {
        println!("{:9.1} ms  {id}", us / 1000.0);
    }
    Ok(())
}
