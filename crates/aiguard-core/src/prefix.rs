//! The strings every match of a regex begins with, when there are few of them.
//!
//! The scanner adds them to its prefilter as anchors: the rule's regex then need not
//! search at all, it is tried anchored where an anchor occurs, and a failed try costs
//! a few bytes. This is the common shape of injection phrases
//! (`\b(?:ignore|disregard)\W+...`) and of token formats (`\bghp_[A-Za-z0-9]{36}`),
//! and it makes their confirmation cost independent of the text's length.

use regex_syntax::hir::{Class, Hir, HirKind};

/// Bounds while collecting leading strings.
const MAX_PREFIXES: usize = 512;
const MAX_PREFIX_CHARS: usize = 48;
/// Bounds on what is worth adding to the prefilter: at most this many anchors of a
/// rule, each cut to this many characters (a prefix of a lead still leads).
const MAX_ANCHORS: usize = 64;
const ANCHOR_CHARS: usize = 16;

/// Lower-cased strings one of which begins every match of `hir`, or `None` when a
/// match may begin otherwise (with a class, an optional part, the empty string), when
/// there are too many, or when one has cased non-ASCII letters (the prefilter folds
/// only ASCII case, and an anchor must be found in every spelling).
pub fn leading_strings(hir: &Hir) -> Option<Vec<String>> {
    let (leads, _) = leading(hir);
    let mut anchors: Vec<String> = leads.into_iter().map(|l| l.chars().take(ANCHOR_CHARS).collect()).collect();
    anchors.sort_unstable();
    anchors.dedup();
    let usable =
        |a: &String| !a.is_empty() && a.chars().all(|c| c.is_ascii() || !(c.is_lowercase() || c.is_uppercase()));
    (!anchors.is_empty() && anchors.len() <= MAX_ANCHORS && anchors.iter().all(usable)).then_some(anchors)
}

/// The strings that every match of `hir` starts with, and whether each match is
/// exactly one of them (so that a concatenation may go on extending them).
fn leading(hir: &Hir) -> (Vec<String>, bool) {
    let nothing = || (vec![String::new()], false);
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => (vec![String::new()], true),
        HirKind::Literal(lit) => match std::str::from_utf8(&lit.0) {
            Ok(s) => (vec![s.to_lowercase()], true),
            Err(_) => nothing(),
        },
        HirKind::Class(class) => match single_folded_char(class) {
            Some(c) => (vec![c.to_string()], true),
            None => nothing(),
        },
        HirKind::Capture(cap) => leading(&cap.sub),
        HirKind::Repetition(rep) if rep.min == 1 && rep.max == Some(1) => leading(&rep.sub),
        HirKind::Repetition(rep) if rep.min >= 1 => (leading(&rep.sub).0, false),
        HirKind::Repetition(_) => nothing(),
        HirKind::Concat(parts) => {
            let mut acc = vec![String::new()];
            for part in parts {
                let (next, exact) = leading(part);
                if acc.len() * next.len() > MAX_PREFIXES || acc.iter().any(|a| a.chars().count() > MAX_PREFIX_CHARS) {
                    return (acc, false);
                }
                acc = acc.iter().flat_map(|a| next.iter().map(move |n| format!("{a}{n}"))).collect();
                if !exact {
                    return (acc, false);
                }
            }
            (acc, true)
        }
        HirKind::Alternation(branches) => {
            let mut all = Vec::new();
            let mut exact = true;
            for b in branches {
                let (p, e) = leading(b);
                all.extend(p);
                exact &= e;
            }
            if all.len() > MAX_PREFIXES {
                return nothing();
            }
            (all, exact)
        }
    }
}

/// The one lower-case character a class stands for, when it is a single letter in
/// its case forms (what `(?i)` makes of a letter, e.g. `[Kk\u{212A}]`).
fn single_folded_char(class: &Class) -> Option<char> {
    let Class::Unicode(u) = class else { return None };
    let mut folded = None;
    let mut count = 0;
    for range in u.iter() {
        for c in range.start()..=range.end() {
            count += 1;
            let mut lower = c.to_lowercase();
            let (Some(l), None) = (lower.next(), lower.next()) else { return None };
            // Letters whose case folding differs from their lower case.
            let l = match l {
                'ſ' => 's',
                'ς' => 'σ',
                other => other,
            };
            if count > 4 || folded.is_some_and(|f| f != l) {
                return None;
            }
            folded = Some(l);
        }
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leads(pattern: &str) -> Option<Vec<String>> {
        leading_strings(&regex_syntax::parse(pattern).unwrap())
    }

    #[test]
    fn leading_strings_are_found() {
        assert_eq!(leads(r"(?i)\b(?:ignore|disregard)\W+previous").unwrap(), ["disregard", "ignore"]);
        assert_eq!(leads(r"(?-u:\b)ghp_[A-Za-z0-9]{36}").unwrap(), ["ghp_"]);
        assert_eq!(leads(r"(?i)\bkey\b").unwrap(), ["key"]);
        assert_eq!(leads(r"(?:ab|cd)+x").unwrap(), ["ab", "cd"]);
        assert_eq!(leads(r"(?i)sk(?:-proj)?-[a-z]").unwrap(), ["sk"]);
        assert_eq!(leads(r"\$\{[A-Z]+").unwrap(), ["${"]);
        assert_eq!(leads(r"忽略之前").unwrap(), ["忽略之前"]);
    }

    #[test]
    fn other_shapes_have_none() {
        // An optional lead, a class lead, a start-of-line choice, a cased non-ASCII lead.
        assert_eq!(leads(r"(?i)(?:please\s+)?ignore"), None);
        assert_eq!(leads(r"[A-Z]{2}\d{2}"), None);
        assert_eq!(leads(r"(?:^|[\n.])\s*new"), None);
        assert_eq!(leads(r"(?i)игнорируй"), None);
        assert_eq!(leads(r"a?"), None);
    }
}
