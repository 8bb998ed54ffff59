//! A rule's value group found without a capture search, where the regex allows it.
//!
//! Most secret rules end with their value: `(?i)pass(?:word)?\s*[:=]\s*["']?(?P<value>…)`
//! is a prefix P, then the value group V (then nothing, or only zero-width assertions).
//! The capture search over a match (the backtracker over the whole regex's NFA) cost
//! 0.6-0.9 µs a candidate here: most of such a rule's time where its keywords are
//! everyday words ("password resets"). Two lazy DFAs give the same span for less: the
//! places where P can end, walking forward from the match's start, and the places where V
//! can begin, walking backwards from the match's end. Every way the regex matches splits
//! the match at a place in both sets, the one the capture search reports included; so
//! when exactly one place is in both, it is that one. When there are more (the split is
//! ambiguous), or a DFA gives up, the caller does the capture search.

use std::panic::{RefUnwindSafe, UnwindSafe};

use regex_automata::hybrid::dfa::{Cache, OverlappingState, DFA};
use regex_automata::nfa::thompson;
use regex_automata::util::pool::Pool;
use regex_automata::{Anchored, Input, MatchKind};
use regex_syntax::hir::{Hir, HirKind};

/// More places where P can end than this, and the split is left to the capture search.
const MOST_PREFIX_ENDS: usize = 8;
const NFA_SIZE_LIMIT: usize = 8 << 20;
const CACHE_CAPACITY: usize = 2 << 20;

type Caches = (Cache, Cache);
type CachePool = Pool<Caches, Box<dyn Fn() -> Caches + Send + Sync + UnwindSafe + RefUnwindSafe>>;

pub(crate) struct ValueSplit {
    /// P, forward, every match.
    prefix: DFA,
    /// V and what follows it, reversed, every match.
    value: DFA,
    caches: CachePool,
}

/// P and V (with the zero-width assertions after it) of a regex whose last item that is
/// not a zero-width assertion is capture group `group`; `None` for any other shape.
fn parts(hir: &Hir, group: usize) -> Option<(Hir, Hir)> {
    let HirKind::Concat(items) = hir.kind() else { return None };
    let last = items.iter().rposition(|h| !matches!(h.kind(), HirKind::Look(_)))?;
    let HirKind::Capture(capture) = items[last].kind() else { return None };
    if capture.index as usize != group {
        return None;
    }
    let value = std::iter::once((*capture.sub).clone()).chain(items[last + 1..].iter().cloned()).collect();
    Some((Hir::concat(items[..last].to_vec()), Hir::concat(value)))
}

impl ValueSplit {
    /// The split of `pattern`'s capture group `group`; `None` if the regex does not end
    /// with that group, or if either DFA cannot be built (the caller keeps the capture
    /// search).
    pub(crate) fn of(pattern: &str, group: usize) -> Option<ValueSplit> {
        let (prefix, value) = parts(&regex_syntax::parse(pattern).ok()?, group)?;
        ValueSplit::new(&prefix, &value)
    }

    fn new(prefix: &Hir, value: &Hir) -> Option<ValueSplit> {
        let dfa = |hir: &Hir, reverse: bool| {
            let nfa = thompson::Compiler::new()
                .configure(
                    thompson::Config::new()
                        .reverse(reverse)
                        .which_captures(thompson::WhichCaptures::None) // a DFA reports no groups
                        .nfa_size_limit(Some(NFA_SIZE_LIMIT)),
                )
                .build_from_hir(hir)
                .ok()?;
            DFA::builder()
                .configure(
                    DFA::config()
                        .match_kind(MatchKind::All)
                        .unicode_word_boundary(true) // gives up on non-ASCII text: the capture search then
                        .cache_capacity(CACHE_CAPACITY),
                )
                .build_from_nfa(nfa)
                .ok()
        };
        let (prefix, value) = (dfa(prefix, false)?, dfa(value, true)?);
        let (p, v) = (prefix.clone(), value.clone());
        let caches: CachePool = Pool::new(Box::new(move || (p.create_cache(), v.create_cache())));
        Some(ValueSplit { prefix, value, caches })
    }

    /// The value's span in the match `start..end` of the rule's regex in `text`, or
    /// `None` when the two walks do not settle it.
    pub(crate) fn value(&self, text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
        let mut caches = self.caches.get();
        let (prefix_cache, value_cache) = &mut *caches;
        let input = Input::new(text).span(start..end).anchored(Anchored::Yes);
        // Where P can end (in text order).
        let mut ends = [0usize; MOST_PREFIX_ENDS];
        let mut n = 0;
        let mut state = OverlappingState::start();
        loop {
            self.prefix.try_search_overlapping_fwd(prefix_cache, &input, &mut state).ok()?;
            let Some(m) = state.get_match() else { break };
            if n == MOST_PREFIX_ENDS {
                return None;
            }
            ends[n] = m.offset();
            n += 1;
        }
        let ends = &ends[..n];
        let first = *ends.first()?;
        // Where V can begin (from the end backwards), until before the first end of P.
        let mut split = None;
        let mut state = OverlappingState::start();
        loop {
            self.value.try_search_overlapping_rev(value_cache, &input, &mut state).ok()?;
            let Some(m) = state.get_match() else { break };
            let at = m.offset();
            if at < first {
                break;
            }
            if ends.contains(&at) {
                if split.is_some_and(|s| s != at) {
                    return None; // two ways to split: the capture search decides
                }
                split = Some(at);
            }
        }
        split.map(|at| (at, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::meta::Regex;

    type Span = (usize, usize);

    /// The value span by capture search, and by the split where it settles it.
    fn both(pattern: &str, text: &str) -> Vec<(Span, Option<Span>)> {
        let re = Regex::new(pattern).unwrap();
        let group = re.group_info().to_index(regex_automata::PatternID::ZERO, "value").unwrap();
        let split = ValueSplit::of(pattern, group).expect("a regex that ends with its value");
        let mut caps = re.create_captures();
        re.find_iter(text)
            .map(|m| {
                let exact = Input::new(text).span(m.range()).anchored(Anchored::Yes);
                re.search_captures(&exact, &mut caps);
                let g = caps.get_group(group).unwrap();
                ((g.start, g.end), split.value(text, m.start(), m.end()))
            })
            .collect()
    }

    #[test]
    fn the_split_is_the_capture_where_it_settles_it() {
        let pattern = r#"(?i)(?:pass(?:word)?|pwd|token)(?:[ \t]+(?:is|was)){0,2}(?:[ \t]*[:=][ \t]*|[ \t]+)["'*]{0,2}(?P<value>[\x21-\x7E&&[^"',;]]{6,40})(?-u:\b)"#;
        let text = "password resets; the password is Hq3#vT8nLs2 and token: 'abc123def' then \
                    PASS=**bold**text and pwd is was Zz9!kk77";
        let found = both(pattern, text);
        assert!(found.len() >= 4, "{found:?}");
        let mut settled = 0;
        for (capture, split) in &found {
            if let Some(split) = split {
                assert_eq!(split, capture, "{text:?}");
                settled += 1;
            }
        }
        assert!(settled >= 3, "the split settled too few: {found:?}");
        // `**` may open the value or quote it: ambiguous, left to the capture search
        assert!(found.iter().any(|(_, split)| split.is_none()), "{found:?}");
    }

    #[test]
    fn only_a_regex_that_ends_with_its_value_splits() {
        let shape = |p: &str| {
            let re = Regex::new(p).unwrap();
            let group = re.group_info().to_index(regex_automata::PatternID::ZERO, "value").unwrap_or(1);
            parts(&regex_syntax::parse(p).unwrap(), group).is_some()
        };
        assert!(shape(r"key=(?P<value>\w+)"));
        assert!(shape(r"key=(?P<value>\w+)\b$"));
        assert!(!shape(r"key=(?P<value>\w+);"));
        assert!(!shape(r"(?P<value>\w+)=key"));
        assert!(!shape(r"a(?P<other>b)(?P<value>c)d"));
    }
}
