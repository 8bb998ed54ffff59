use aiguard_core::{rulesets, KindMask, Scanner};
fn main() {
    let mut a = std::env::args().skip(1);
    let text = std::fs::read_to_string(a.next().unwrap()).unwrap();
    let n: usize = a.next().unwrap().parse().unwrap();
    let s = Scanner::new(rulesets::builtin().unwrap()).unwrap();
    let t = std::time::Instant::now();
    let mut k = 0;
    for _ in 0..n {
        k += s.scan(&text, KindMask::ALL).len();
    }
    eprintln!("{} findings, {:.1} us/scan", k / n, t.elapsed().as_secs_f64() * 1e6 / n as f64);
}
