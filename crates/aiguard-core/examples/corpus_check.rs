//! Rule-tuning aid: scans a labelled JSONL corpus (the format of ../shared/corpus/)
//! with the built-in rules and prints, for one kind, what was missed and what was
//! flagged wrongly. The official figures come from score.py; this is for iterating.
//!
//!     cargo run --release -p aiguard-core --example corpus_check -- ../shared/corpus/dev.jsonl secret

use aiguard_core::{rulesets, Kind, KindMask, Scanner};
use std::collections::BTreeMap;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: corpus_check CORPUS.jsonl secret|pii|injection");
        std::process::exit(2);
    }
    let kind = Kind::parse(&args[2]).ok_or("the kind is secret, pii or injection")?;
    let scanner = Scanner::new(rulesets::builtin()?)?;
    let data = std::fs::read_to_string(&args[1])?;
    let (mut gold_n, mut gold_hit, mut fp) = (0, 0, 0);
    let mut per_type: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    let (mut doc_tp, mut doc_fn, mut doc_fp, mut doc_tn) = (0, 0, 0, 0);
    for line in data.lines() {
        let rec: serde_json::Value = serde_json::from_str(line)?;
        let text = rec["text"].as_str().unwrap_or_default();
        let id = rec["id"].as_str().unwrap_or_default();
        let source = rec["source"].as_str().unwrap_or_default();
        let complete = rec["labeled_kinds"].as_array().is_some_and(|a| a.iter().any(|k| k == kind.as_str()));
        let spans = scanner.scan_char_spans(text, KindMask::of(&[kind]));
        let chars: Vec<char> = text.chars().collect();
        let slice = |s: usize, e: usize| chars[s..e.min(chars.len())].iter().take(90).collect::<String>();
        let gold: Vec<(usize, usize, String)> = rec["labels"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|l| l["kind"] == kind.as_str() && l["type"] != "person")
            .map(|l| {
                (
                    l["start"].as_u64().unwrap_or(0) as usize,
                    l["end"].as_u64().unwrap_or(0) as usize,
                    l["type"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect();
        let all_labels: Vec<(usize, usize)> = rec["labels"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|l| l["kind"] == kind.as_str())
            .map(|l| (l["start"].as_u64().unwrap_or(0) as usize, l["end"].as_u64().unwrap_or(0) as usize))
            .collect();
        if kind == Kind::Injection {
            if !complete {
                continue;
            }
            let flagged = !spans.is_empty();
            match (gold.is_empty(), flagged) {
                (false, true) => doc_tp += 1,
                (false, false) => {
                    doc_fn += 1;
                    println!("MISS {id} [{source}] {:?}", slice(0, 160));
                }
                (true, true) => {
                    doc_fp += 1;
                    println!("FP   {id} [{source}] {} {:?}", spans[0].2, slice(spans[0].0, spans[0].1));
                }
                (true, false) => doc_tn += 1,
            }
            continue;
        }
        for (s, e, t) in &gold {
            gold_n += 1;
            let hit = spans.iter().any(|&(a, b, _)| a < *e && *s < b);
            let entry = per_type.entry(t.clone()).or_default();
            entry.1 += 1;
            if hit {
                gold_hit += 1;
                entry.0 += 1;
            } else {
                println!("MISS {id} {t}: {:?}", slice(*s, *e));
            }
        }
        if complete {
            for &(a, b, rule) in &spans {
                if !all_labels.iter().any(|&(s, e)| a < e && s < b) {
                    fp += 1;
                    println!("FP   {id} [{source}] {rule}: {:?}", slice(a, b));
                }
            }
        }
    }
    if kind == Kind::Injection {
        println!(
            "documents: tp {doc_tp} fn {doc_fn} fp {doc_fp} tn {doc_tn}; recall {:.3}",
            doc_tp as f64 / (doc_tp + doc_fn).max(1) as f64
        );
    } else {
        for (t, (h, n)) in &per_type {
            println!("  {t}: {h}/{n}");
        }
        println!(
            "spans: found {gold_hit}/{gold_n} (recall {:.3}); false positives {fp}",
            gold_hit as f64 / gold_n.max(1) as f64
        );
    }
    Ok(())
}
