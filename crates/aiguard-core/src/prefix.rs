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
/// An anchor needs this many bytes: a single letter ("a", "i") starts a large share of
/// all words, and its hits would cost more than anchored tries save.
const MIN_ANCHOR_BYTES: usize = 2;
/// The most characters a class may stand for and still lead (`[pousr]`, `[-_]`).
const MAX_CLASS_CHARS: usize = 8;

/// A rule's anchors: lower-cased strings one of which begins every match.
#[derive(Debug, PartialEq)]
pub struct Anchors {
    pub strings: Vec<String>,
    /// Every match begins at a word start (a `\b` before a word character), so an
    /// anchor inside a word never leads to one.
    pub word_start: bool,
}

/// The anchors of `hir`, or `None` when a match may begin otherwise (with a wide
/// class, an optional part, the empty string), or when there are too many or they are
/// too common to help.
///
/// The prefilter folds only ASCII case: like a keyword, an anchor with cased letters of
/// another script is looked for in lower, upper and title case (`пароль`, `ПАРОЛЬ`,
/// `Пароль`), so a match spelled in mixed case (`пАроль`) is not tried.
pub fn leading_strings(hir: &Hir) -> Option<Anchors> {
    let (leads, _) = leading(hir);
    let mut anchors: Vec<String> = leads.into_iter().map(|l| l.chars().take(ANCHOR_CHARS).collect()).collect();
    anchors.sort_unstable();
    anchors.dedup();
    if anchors.is_empty() || anchors.len() > MAX_ANCHORS || anchors.iter().any(|a| a.len() < MIN_ANCHOR_BYTES) {
        return None;
    }
    let word_start =
        begins_at_word_boundary(hir) && anchors.iter().all(|a| crate::scanner::is_word_byte(a.as_bytes()[0]));
    Some(Anchors { strings: anchors, word_start })
}

/// Whether every match of `hir` begins with a word-boundary assertion.
fn begins_at_word_boundary(hir: &Hir) -> bool {
    use regex_syntax::hir::Look;
    match hir.kind() {
        HirKind::Look(look) => matches!(
            look,
            Look::WordAscii
                | Look::WordUnicode
                | Look::WordStartAscii
                | Look::WordStartUnicode
                | Look::WordStartHalfAscii
                | Look::WordStartHalfUnicode
        ),
        HirKind::Capture(cap) => begins_at_word_boundary(&cap.sub),
        HirKind::Repetition(rep) if rep.min >= 1 => begins_at_word_boundary(&rep.sub),
        HirKind::Concat(parts) => parts.first().is_some_and(begins_at_word_boundary),
        HirKind::Alternation(branches) => branches.iter().all(begins_at_word_boundary),
        _ => false,
    }
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
        HirKind::Class(class) => match folded_chars(class) {
            Some(cs) => (cs.into_iter().map(String::from).collect(), true),
            None => nothing(),
        },
        HirKind::Capture(cap) => leading(&cap.sub),
        HirKind::Repetition(rep) if rep.min >= 1 => {
            // `a{3}` leads with "aaa"; `a{3,}` too, but a match may go on with more.
            let (one, exact) = leading(&rep.sub);
            let mut acc = one.clone();
            if exact {
                for _ in 1..rep.min {
                    if acc.len() * one.len() > MAX_PREFIXES || acc.iter().any(|a| a.chars().count() > MAX_PREFIX_CHARS)
                    {
                        return (acc, false);
                    }
                    acc = acc.iter().flat_map(|a| one.iter().map(move |n| format!("{a}{n}"))).collect();
                }
            }
            (acc, exact && rep.max == Some(rep.min))
        }
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

/// The lower-case characters a class stands for, when they are few: letters in their
/// case forms (what `(?i)` makes of a letter, e.g. `[Kk\u{212A}]`) or a short set
/// such as `[pousr]`.
fn folded_chars(class: &Class) -> Option<Vec<char>> {
    let mut chars: Vec<char> = Vec::new();
    let mut add = |c: char| {
        let mut lower = c.to_lowercase();
        let (Some(l), None) = (lower.next(), lower.next()) else { return false };
        // Letters whose case folding differs from their lower case.
        let l = match l {
            'ſ' => 's',
            'ς' => 'σ',
            other => other,
        };
        if !chars.contains(&l) {
            chars.push(l);
        }
        chars.len() <= MAX_CLASS_CHARS
    };
    let mut count = 0;
    match class {
        Class::Unicode(u) => {
            for range in u.iter() {
                for c in range.start()..=range.end() {
                    count += 1;
                    if count > 4 * MAX_CLASS_CHARS || !add(c) {
                        return None;
                    }
                }
            }
        }
        Class::Bytes(b) => {
            for range in b.iter() {
                for byte in range.start()..=range.end() {
                    count += 1;
                    if !byte.is_ascii() || count > 4 * MAX_CLASS_CHARS || !add(byte as char) {
                        return None;
                    }
                }
            }
        }
    }
    chars.sort_unstable();
    (!chars.is_empty()).then_some(chars)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leads(pattern: &str) -> Option<Vec<String>> {
        leading_strings(&regex_syntax::parse(pattern).unwrap()).map(|a| a.strings)
    }

    fn word_start(pattern: &str) -> bool {
        leading_strings(&regex_syntax::parse(pattern).unwrap()).unwrap().word_start
    }

    #[test]
    fn leading_strings_are_found() {
        assert_eq!(leads(r"(?i)\b(?:ignore|disregard)\W+previous").unwrap(), ["disregard", "ignore"]);
        assert_eq!(leads(r"(?-u:\b)ghp_[A-Za-z0-9]{36}").unwrap(), ["ghp_"]);
        assert_eq!(leads(r"(?i)\bkey\b").unwrap(), ["key"]);
        assert_eq!(leads(r"(?:abc|cde)+x").unwrap(), ["abc", "cde"]);
        assert_eq!(leads(r"(?i)sk(?:-proj)?-[a-z]").unwrap(), ["sk"]);
        assert_eq!(leads(r"(?i)\bsk-(?:proj-)?[a-z]").unwrap(), ["sk-"]);
        assert_eq!(leads(r"gh[pousr]_[A-Za-z0-9]{36}").unwrap(), ["gho_", "ghp_", "ghr_", "ghs_", "ghu_"]);
        assert_eq!(leads(r"A{4}[0-9]").unwrap(), ["aaaa"]);
        assert_eq!(leads(r"(?:ab){2,}c").unwrap(), ["abab"]);
        assert_eq!(leads(r"\$\{[A-Z]+").unwrap(), ["${"]);
        assert_eq!(leads(r"忽略之前").unwrap(), ["忽略之前"]);
        // (?i) folds `о` with the narrow `ᲂ` too; both are anchors.
        assert_eq!(leads(r"(?i)игнорируй").unwrap(), ["игнорируй", "игнᲂрируй"]);
    }

    #[test]
    fn other_shapes_have_none() {
        // An optional lead, a class lead, a start-of-line choice.
        assert_eq!(leads(r"(?i)(?:please\s+)?ignore"), None);
        assert_eq!(leads(r"[A-Z]{2}\d{2}"), None);
        assert_eq!(leads(r"(?:^|[\n.])\s*new"), None);
        assert_eq!(leads(r"a?"), None);
        assert_eq!(leads(r"(?i)\b(?:a|an)\s+new"), None, "too common");
    }

    #[test]
    fn word_start_anchors_are_told() {
        assert!(word_start(r"(?i)\b(?:ignore|disregard)\W+previous"));
        assert!(word_start(r"(?-u:\b)ghp_[A-Za-z0-9]{36}"));
        assert!(!word_start(r"ghp_[A-Za-z0-9]{36}"), "no boundary asked");
        assert!(!word_start(r"\b-----BEGIN"), "a boundary before '-' follows a word");
        assert!(!word_start(r"(?:\bfoo|bar)x"), "one branch without a boundary");
    }
}
