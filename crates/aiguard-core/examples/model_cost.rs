//! Where the learned detector's time goes on one text: the views, the hashing, the scoring.
//!
//!     cargo run --release -p aiguard-core --example model_cost -- FILE [MODEL.aigm]

use std::time::Instant;

use aiguard_core::model::{self, Config, LinearModel};
use aiguard_core::normalize;

fn time_it(what: &str, reps: u32, mut f: impl FnMut() -> usize) {
    let mut sink = 0;
    let t = Instant::now();
    for _ in 0..reps {
        sink += f();
    }
    println!("{what:<28} {:>8.2} µs  ({sink})", t.elapsed().as_secs_f64() * 1e6 / reps as f64);
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let text = std::fs::read_to_string(args.next().ok_or("usage: model_cost FILE [MODEL]")?)?;
    let model = match args.next() {
        Some(p) => LinearModel::from_bytes(&std::fs::read(p)?)?,
        None => {
            let c = Config { bits: 18, char_min: 3, char_max: 5, word_max: 2, seed: 1, window: 256 };
            LinearModel::new(c, -1.0, 0.01, 0.5, (0..1u32 << 18).map(|i| (i % 251) as i8).collect())?
        }
    };
    let reps = 2000;
    println!("{} bytes, config {:?}", text.len(), model.config());
    for v in normalize::views(&text, true) {
        println!("view {} ({} bytes)", v.via, v.text.len());
    }
    time_it("views (survey)", reps, || normalize::views(&text, true).len());
    model::features(&model.config(), &text, &mut Vec::new())?; // the config is valid; timed below
    time_it("hashed features", reps, || {
        let mut out = Vec::with_capacity(8192);
        model::features(&model.config(), &text, &mut out).map_or(0, |()| out.len())
    });
    for (lo, hi, w) in [(5, 5, 0), (3, 5, 0), (4, 4, 2), (3, 5, 2)] {
        let c = Config { char_min: lo, char_max: hi, word_max: w, ..model.config() };
        model::features(&c, &text, &mut Vec::new())?;
        time_it(&format!("features chars {lo}..{hi} words {w}"), reps, || {
            let mut out = Vec::with_capacity(8192);
            model::features(&c, &text, &mut out).map_or(0, |()| out.len())
        });
    }
    time_it("bytes sum (calibration)", reps, || text.bytes().map(|b| b as usize).sum());
    let table: Vec<i8> = (0..1u32 << 18).map(|i| (i % 251) as i8).collect();
    time_it("hash+lookup per byte (calib.)", reps, || {
        let mut h = 0u64;
        let mut acc = 0i32;
        for b in text.bytes() {
            h = (h << 12) | b.to_ascii_lowercase() as u64;
            acc += table[((h & 0xFFF_FFFF_FFFF).wrapping_mul(0xff51_afd7_ed55_8ccd) >> 46) as usize] as i32;
        }
        acc as usize
    });
    time_it("score (views + windows)", reps, || (model.score(&text).probability * 1000.0) as usize);
    Ok(())
}
