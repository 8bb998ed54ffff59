fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let m = aiguard_core::model::LinearModel::from_bytes(&std::fs::read(std::env::args().nth(2).unwrap()).unwrap()).unwrap();
    let n: usize = std::env::args().nth(3).unwrap().parse().unwrap();
    let mut best = f64::MAX;
    let mut fb = f64::MAX;
    for _ in 0..25 {
        let t = std::time::Instant::now();
        for _ in 0..n { std::hint::black_box(m.score(&text)); }
        best = best.min(t.elapsed().as_secs_f64() * 1e6 / n as f64);
        let t = std::time::Instant::now();
        let mut out = Vec::with_capacity(1 << 16);
        for _ in 0..n { out.clear(); std::hint::black_box(aiguard_core::model::features(&m.config(), &text, &mut out).is_ok()); }
        fb = fb.min(t.elapsed().as_secs_f64() * 1e6 / n as f64);
    }
    println!("score {best:.2} us, features {fb:.2} us, {:?}", m.score(&text));
}
