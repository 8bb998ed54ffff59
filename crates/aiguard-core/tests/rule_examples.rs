//! Every built-in rule's examples run here: a `match` example must give a finding
//! of that rule, a `no_match` example none; and on every example the prefiltered
//! scan must equal the exhaustive one (the keywords lose nothing), also with the
//! example inside a long text, where the scan searches windows, not the whole text.

use aiguard_core::{rulesets, KindMask, Scanner};

/// Neutral prose around an example, four times on each side: long enough that a rule's
/// windows (256 bytes around a hit for a regex with no longest match) cover a small part.
const PAD: &str = "The quarterly report covers sales in three regions and the plan for the next \
quarter. The team met twice to review the figures and agreed on the next steps for the launch. \
Shipping times improved after the warehouse moved, and the support queue is shorter than last \
year. The board will review the budget in the spring, after the audit is complete.";

#[test]
fn builtin_rules_pass_their_examples() {
    let scanner =
        Scanner::new(rulesets::builtin().expect("built-in rulesets parse")).expect("built-in rulesets compile");
    let mut failures = Vec::new();
    let pad = [PAD; 4].join(" ");
    for (idx, sourced) in scanner.rules().iter().enumerate() {
        let rule = &sourced.rule;
        if rule.examples.matches.is_empty() {
            failures.push(format!("{}: no match example", rule.id));
        }
        if rule.description.trim().is_empty() {
            failures.push(format!("{}: no description", rule.id));
        }
        let cases =
            rule.examples.matches.iter().map(|t| (t, true)).chain(rule.examples.no_match.iter().map(|t| (t, false)));
        for (text, must_match) in cases {
            let found = scanner.scan(text, KindMask::ALL);
            let hit = found.iter().any(|m| m.rule as usize == idx);
            if hit != must_match {
                let what = if must_match { "missed match example" } else { "matched no_match example" };
                failures.push(format!("{}: {what}: {text:?}", rule.id));
            }
            if found != scanner.scan_exhaustive(text, KindMask::ALL) {
                failures.push(format!("{}: prefilter disagrees with exhaustive scan on {text:?}", rule.id));
            }
            let long = format!("{pad}\n{text}\n{pad}");
            if scanner.scan(&long, KindMask::ALL) != scanner.scan_exhaustive(&long, KindMask::ALL) {
                failures
                    .push(format!("{}: prefilter disagrees with exhaustive scan in a long text on {text:?}", rule.id));
            }
        }
    }
    assert!(failures.is_empty(), "{} example failures:\n{}", failures.len(), failures.join("\n"));
}
