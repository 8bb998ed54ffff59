use aiguard_core::{rulesets, KindMask, Scanner};
use std::time::Instant;
fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let rules = rulesets::builtin().unwrap();
    let s = Scanner::new(rules.clone()).unwrap();
    let n = 200;
    let t = Instant::now();
    for _ in 0..n { std::hint::black_box(s.scan(&text, KindMask::ALL)); }
    let el = t.elapsed().as_secs_f64() / n as f64;
    println!("full: {:.1} us  {:.0} MB/s", el * 1e6, text.len() as f64 / el / 1e6);
    for r in &rules {
        let one = Scanner::new(vec![r.clone()]).unwrap();
        let t = Instant::now();
        for _ in 0..n { std::hint::black_box(one.scan(&text, KindMask::ALL)); }
        let el = t.elapsed().as_secs_f64() / n as f64;
        println!("{:40} {:.1} us", r.rule.id, el * 1e6);
    }
    let ac = aho_corasick::AhoCorasickBuilder::new().ascii_case_insensitive(true).kind(Some(aho_corasick::AhoCorasickKind::DFA)).build(["ghp_", "AKIA", "@", "ignore"]).unwrap();
    let t = Instant::now();
    for _ in 0..n { std::hint::black_box(ac.find_overlapping_iter(&text).count()); }
    println!("ac only: {:.1} us", t.elapsed().as_secs_f64() / n as f64 * 1e6);
}
