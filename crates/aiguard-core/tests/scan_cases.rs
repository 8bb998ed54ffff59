//! The shared scan cases of tests/cases/scan_cases.toml, run on the engine: the
//! same file runs in pytest, so byte and code-point offsets cannot disagree.

use aiguard_core::{rulesets, KindMask, Scanner};
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    name: String,
    text: String,
    rules: Vec<String>,
    expect: Vec<(String, usize, usize)>,
}

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[test]
fn shared_scan_cases() {
    let cases: Cases = toml::from_str(include_str!("../../../tests/cases/scan_cases.toml")).expect("cases parse");
    let scanner = Scanner::new(rulesets::builtin().expect("rulesets parse")).expect("rulesets compile");
    for case in cases.case {
        let got: Vec<(String, usize, usize)> = scanner
            .scan_char_spans(&case.text, KindMask::ALL)
            .into_iter()
            .map(|(s, e, id)| (id.to_string(), s, e))
            .filter(|(id, _, _)| case.rules.contains(id))
            .collect();
        assert_eq!(got, case.expect, "case '{}'", case.name);
    }
}
