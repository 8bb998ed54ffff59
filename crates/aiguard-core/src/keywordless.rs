//! The pass of the keyword-less rules (card numbers, national ids, IBANs...: patterns
//! with no literal to wake them): which of their patterns occur in a text, and where
//! their matches end, in one walk of a lazy DFA built over all of them.
//!
//! # Lanes
//! A single walk is latency-bound: each byte's transition is a load that depends on the
//! one before (~2 ns a byte here, whatever the patterns). As in the keyword walk
//! (`keywords.rs`), [`LANES`] parts of the text are walked side by side, so that their
//! loads overlap. A lane starts its part in the DFA's start state (with the byte before
//! the part as look-behind), and past the part's end goes on until it meets the next
//! lane: until its state is the one the next lane had after the same byte. From there
//! the two walk the same states and see the same matches, so no match is lost: a match
//! that begins in a part is seen whole, by that part's lane or by the next from where
//! they met. The next lane's states are kept over the first [`MEET`] bytes of its part;
//! a lane that has not met it by then goes on until it holds no thread begun before
//! (its state is the start state there), or to the end of the text.
//!
//! Meeting the next lane, rather than waiting for the start state, is what makes the
//! lanes pay on prose: with patterns that keep a thread alive after any letter, a lane
//! past its part never holds no thread again, and each went on to the end of the text
//! (4.4 ns a byte on 128 KB of prose, against 0.9 for the lanes that meet).
//!
//! The lanes share one cache of DFA states. Were it cleared while they run (it is sized
//! so that this does not happen in practice), the other lanes' state ids would be stale:
//! the walk then starts again as one lane, which a clear cannot harm.

use std::panic::{RefUnwindSafe, UnwindSafe};

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::hybrid::LazyStateID;
use regex_automata::util::pool::Pool;
use regex_automata::util::start;
use regex_automata::{nfa::thompson, Anchored, MatchKind};

use crate::error::{Error, ErrorKind, Result};

/// Parts of the text walked side by side.
const LANES: usize = 4;
/// Below this many bytes a part, one lane is as fast.
const MIN_PART: usize = 64;
/// Bytes of its part over which a lane's states are kept, for the lane before it to meet.
const MEET: usize = 128;

type CachePool = Pool<Cache, Box<dyn Fn() -> Cache + Send + Sync + UnwindSafe + RefUnwindSafe>>;

pub(crate) struct KeywordlessSet {
    dfa: DFA,
    caches: CachePool,
}

/// The walk cannot go on: a byte the DFA gives up on, or a start state it cannot make.
/// Neither happens with the patterns a scanner builds (word boundaries are ASCII); the
/// scanner then runs every keyword-less rule on the whole text rather than guess.
#[derive(Debug)]
pub(crate) struct GaveUp;

/// How a walk in lanes ended.
#[derive(Debug, PartialEq, Eq)]
enum Walk {
    Done,
    /// The shared cache was cleared on the way: the walk must be done again as one lane.
    Cleared,
}

impl KeywordlessSet {
    /// The lanes a walk's reports may come from: [`LANES`], and the single walk.
    pub(crate) const LANES_REPORTING: usize = LANES + 1;

    pub(crate) fn new(patterns: &[String], nfa_size_limit: usize, cache_capacity: usize) -> Result<Self> {
        let dfa = DFA::builder()
            .configure(
                DFA::config()
                    .match_kind(MatchKind::All)
                    // a user pattern may still hold a Unicode word boundary (`\<`, `\b{start}`):
                    // the DFA then gives up on non-ASCII text, and the scanner runs them all
                    .unicode_word_boundary(true)
                    .cache_capacity(cache_capacity)
                    // never give up for a busy cache: clear it and go on (still linear)
                    .minimum_cache_clear_count(None),
            )
            .thompson(thompson::Config::new().nfa_size_limit(Some(nfa_size_limit)))
            .build_many(patterns)
            .map_err(|e| Error::new(ErrorKind::RuleCompile, format!("keyword-less rule set: {e}")))?;
        let for_pool = dfa.clone();
        let caches: CachePool = Pool::new(Box::new(move || for_pool.create_cache()));
        Ok(KeywordlessSet { dfa, caches })
    }

    /// Calls `found(End { pattern, end, lane })` for every end of a match of a pattern in
    /// `text` (the DFA matches all of them, overlapping); an end may be reported twice,
    /// by two lanes. Within one lane the ends come in text order, so a caller can merge
    /// near ones as they come. A call that returns `Ok` reported them all.
    pub(crate) fn each_match(&self, text: &[u8], found: impl FnMut(End)) -> std::result::Result<(), GaveUp> {
        let mut cache = self.caches.get();
        let mut found = found;
        if text.len() >= LANES * MIN_PART && self.lanes(&mut cache, text, &mut found)? == Walk::Done {
            return Ok(());
        }
        // Short text, or the cache was cleared under the lanes: one lane, which a clear
        // cannot harm (the lazy DFA keeps the state it is in valid across a clear). Its
        // reports are numbered as a lane of their own, after those of the lanes.
        let mut sid = self.start(&mut cache, text, 0)?;
        for (at, &b) in text.iter().enumerate() {
            sid = self.step(&mut cache, sid, b, (at, LANES), &mut found)?;
        }
        self.finish(&mut cache, sid, (text.len(), LANES), &mut found)
    }

    /// The walk in [`LANES`] parts. It stops as soon as a call cleared the cache, before
    /// any other lane's (now stale) state id is used again: what it reported so far came
    /// from valid states, and the caller walks again as one lane.
    fn lanes(&self, cache: &mut Cache, text: &[u8], found: &mut impl FnMut(End)) -> std::result::Result<Walk, GaveUp> {
        let part = text.len() / LANES;
        let clears = cache.clear_count();
        // After every call that may grow the cache: on a clear, give up the lanes.
        macro_rules! checked {
            ($call:expr) => {{
                let out = $call?;
                if cache.clear_count() != clears {
                    return Ok(Walk::Cleared);
                }
                out
            }};
        }
        let mut sid = [LazyStateID::default(); LANES];
        for (l, s) in sid.iter_mut().enumerate() {
            *s = checked!(self.start(cache, text, l * part));
        }
        // Each lane's states over the first bytes of its part, where the lane before it
        // comes to meet it.
        let meet = part.min(MEET);
        let mut met = [[LazyStateID::default(); MEET]; LANES];
        // One byte of every lane; a separate loop for the first bytes, so that the rest
        // do not pay for keeping states.
        macro_rules! step_lanes {
            ($i:expr) => {
                for (l, s) in sid.iter_mut().enumerate() {
                    let at = l * part + $i;
                    let b = text[at];
                    // Most steps follow a transition already computed between ordinary
                    // states, which cannot clear the cache; the others take the full step.
                    let known = if s.is_tagged() { None } else { Some(self.dfa.next_state_untagged(cache, *s, b)) };
                    *s = match known {
                        Some(next) if !next.is_tagged() => next,
                        _ => checked!(self.step(cache, *s, b, (at, l), found)),
                    };
                }
            };
        }
        for i in 0..meet {
            step_lanes!(i);
            met.iter_mut().zip(sid).for_each(|(kept, s)| kept[i] = s);
        }
        for i in meet..part {
            step_lanes!(i);
        }
        // The last lane walks to the end; the others on past their part's end until
        // their state is the next lane's at the same byte (from there on they would walk
        // the same states and see the same matches), or else, past the bytes kept of the
        // next lane, until they hold no thread begun in their part.
        for (l, &s) in sid.iter().enumerate() {
            let mut s = s;
            let mut at = (l + 1) * part;
            if l + 1 == LANES {
                for (k, &b) in text[at..].iter().enumerate() {
                    s = checked!(self.step(cache, s, b, (at + k, l), found));
                }
                checked!(self.finish(cache, s, (text.len(), l), found));
                break;
            }
            // (The next lane's part lies ahead, so the text does not end within `meet`.)
            let mut met_next = false;
            for kept in &met[l + 1][..meet] {
                s = checked!(self.step(cache, s, text[at], (at, l), found));
                at += 1;
                if s == *kept {
                    met_next = true;
                    break;
                }
            }
            if met_next {
                continue;
            }
            while at < text.len() && s != checked!(self.start(cache, text, at)) {
                s = checked!(self.step(cache, s, text[at], (at, l), found));
                at += 1;
            }
            if at == text.len() {
                checked!(self.finish(cache, s, (text.len(), l), found));
            }
        }
        Ok(Walk::Done)
    }

    /// The unanchored start state at `at`, given the byte before it.
    fn start(&self, cache: &mut Cache, text: &[u8], at: usize) -> std::result::Result<LazyStateID, GaveUp> {
        let config = start::Config::new().anchored(Anchored::No).look_behind(at.checked_sub(1).map(|i| text[i]));
        self.dfa.start_state(cache, &config).map_err(|_| GaveUp)
    }

    /// The step over the byte at `(position, lane)`. Matches are reported one byte late:
    /// a match state entered on the byte at `position` is a match that ends there.
    #[inline(always)]
    fn step(
        &self,
        cache: &mut Cache,
        sid: LazyStateID,
        byte: u8,
        (at, lane): (usize, usize),
        found: &mut impl FnMut(End),
    ) -> std::result::Result<LazyStateID, GaveUp> {
        let next = self.dfa.next_state(cache, sid, byte).map_err(|_| GaveUp)?;
        if next.is_tagged() {
            self.tagged(cache, next, (at, lane), found)?;
        }
        Ok(next)
    }

    /// The end of the text (`at`): one more transition for the matches that end there.
    fn finish(
        &self,
        cache: &mut Cache,
        sid: LazyStateID,
        (at, lane): (usize, usize),
        found: &mut impl FnMut(End),
    ) -> std::result::Result<(), GaveUp> {
        let end = self.dfa.next_eoi_state(cache, sid).map_err(|_| GaveUp)?;
        self.tagged(cache, end, (at, lane), found)
    }

    #[cold]
    fn tagged(
        &self,
        cache: &Cache,
        sid: LazyStateID,
        (end, lane): (usize, usize),
        found: &mut impl FnMut(End),
    ) -> std::result::Result<(), GaveUp> {
        if sid.is_quit() {
            return Err(GaveUp);
        }
        if sid.is_match() {
            for i in 0..self.dfa.match_len(cache, sid) {
                found(End { pattern: self.dfa.match_pattern(cache, sid, i).as_usize(), end, lane });
            }
        }
        Ok(())
    }
}

/// Where a match of a pattern ends, and which lane of the walk saw it (one of
/// [`KeywordlessSet::LANES_REPORTING`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct End {
    pub(crate) pattern: usize,
    pub(crate) end: usize,
    pub(crate) lane: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(patterns: &[&str]) -> KeywordlessSet {
        let p: Vec<String> = patterns.iter().map(|s| s.to_string()).collect();
        KeywordlessSet::new(&p, 32 << 20, 16 << 20).unwrap()
    }

    fn which(s: &KeywordlessSet, text: &str) -> Vec<usize> {
        let mut out = Vec::new();
        s.each_match(text.as_bytes(), |m| out.push(m.pattern)).unwrap();
        out.sort_unstable();
        out.dedup();
        out
    }

    #[test]
    fn a_match_across_every_part_boundary_is_found() {
        let s = set(&[r"(?-u:\b)\d{3}-\d{2}-\d{4}(?-u:\b)", r"[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){2,7}", r"x{300,}"]);
        let pad = "lorem ipsum dolor sit amet ".repeat(20);
        for cut in 0..12 {
            // the match straddles the lanes' part boundaries at every offset
            let text = format!("{} 123-45-6789 and GB82 WEST 1234 5698 7654 32{pad}", &pad[..pad.len() - cut]);
            assert_eq!(which(&s, &text), [0, 1], "cut {cut}");
        }
        let long = format!("{pad}{}{pad}", "x".repeat(700));
        assert_eq!(which(&s, &long), [2]);
        assert_eq!(which(&s, &pad), Vec::<usize>::new());
        assert_eq!(which(&s, "123-45-6789"), [0]); // short: one lane, match at the very end
    }

    #[test]
    fn a_cache_cleared_under_the_lanes_loses_nothing() {
        // A cache too small for the states this text needs: it clears again and again
        // (the lanes must notice every clear before reusing another lane's state id).
        let p: Vec<String> = [r"(?-u:\b)[a-z]{3,12}[0-9]{4,9}(?-u:\b)", r"[A-Z][a-z]+-\d{2,6}", r"q[0-9a-f]{6,20}z"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let tiny = KeywordlessSet::new(&p, 32 << 20, 10_000).unwrap(); // just above the minimum
        let roomy = KeywordlessSet::new(&p, 32 << 20, 16 << 20).unwrap();
        let mut text = String::new();
        let mut x: u64 = 7;
        for i in 0..3000u32 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let word: String =
                (0..(x >> 59) as usize + 2).map(|k| (b'a' + ((x >> ((k * 5) % 60)) % 26) as u8) as char).collect();
            text.push_str(&word);
            if i.is_multiple_of(97) {
                text.push_str(&format!("{} Abc-{} q{:x}z ", x % 100_000, i, x));
            }
            text.push(if x.is_multiple_of(7) { '\n' } else { ' ' });
        }
        let (a, b) = (which(&tiny, &text), which(&roomy, &text));
        assert_eq!(a, b);
        assert_eq!(a, [0, 1, 2]);
        assert!(tiny.caches.get().clear_count() > 0, "the tiny cache never cleared: the test tests nothing");
    }

    #[test]
    fn a_unicode_word_boundary_builds_and_gives_up_only_on_non_ascii_text() {
        let s = set(&[r"\<card\d{4}"]);
        assert_eq!(which(&s, "my card1234 here"), [0]);
        let mut out = Vec::new();
        assert!(s.each_match("é card1234".as_bytes(), |m| out.push(m.pattern)).is_err());
    }

    /// (pattern, end) of each match end reported, sorted, once each.
    type Ends = Vec<(usize, usize)>;

    /// The ends that the lanes report, and those that one walk reports.
    fn lanes_and_one_walk(s: &KeywordlessSet, text: &str) -> (Ends, Ends) {
        let mut lanes = Vec::new();
        let mut last_of_lane = [0; KeywordlessSet::LANES_REPORTING];
        s.each_match(text.as_bytes(), |m| {
            assert!(m.end >= last_of_lane[m.lane], "a lane reports its ends in text order");
            last_of_lane[m.lane] = m.end;
            lanes.push((m.pattern, m.end));
        })
        .unwrap();
        lanes.sort_unstable();
        lanes.dedup();
        let mut cache = s.dfa.create_cache();
        let mut one = Vec::new();
        let mut sid = s.start(&mut cache, text.as_bytes(), 0).unwrap();
        for (at, &b) in text.as_bytes().iter().enumerate() {
            sid = s.step(&mut cache, sid, b, (at, 0), &mut |m| one.push((m.pattern, m.end))).unwrap();
        }
        s.finish(&mut cache, sid, (text.len(), 0), &mut |m| one.push((m.pattern, m.end))).unwrap();
        one.sort_unstable();
        one.dedup();
        (lanes, one)
    }

    #[test]
    fn lanes_agree_with_one_walk_everywhere() {
        let s = set(&[r"(?-u:\b)\d{4}(?: \d{4}){3}(?-u:\b)", r"ab+c", r"(?-u:\b)[MNO][a-z]{3,}(?-u:\b)"]);
        let base = "Nmbr 4111 1111 1111 1111 abbbbc Ozzy ".repeat(12); // long enough for lanes
        for n in 0..base.len() {
            let (lanes, one) = lanes_and_one_walk(&s, &base[..n]);
            assert_eq!(lanes, one, "prefix of {n} bytes");
        }
    }

    #[test]
    fn lanes_that_meet_the_next_lane_lose_nothing() {
        // Threads that stay alive over prose (after any letter; in a run of letters or
        // spaces), so that a lane past its part never holds no thread again and stops
        // only where it meets the next lane; a match may straddle any part boundary.
        let s = set(&[r"\p{L}\x{200B}+\p{L}", r"(?i)(?-u:\b)version[ a-z]{0,40}\d{2}", r"[a-z ]{300,}!"]);
        let words = "the nightly version job keeps timing out after the last deploy ";
        let mut base = words.repeat(40);
        let at = base[700..].find(' ').unwrap() + 701;
        base.insert_str(at, "Version is at least 42 ");
        base.insert_str(1500, "ab\u{200B}\u{200B}c");
        for n in (0..base.len()).filter(|n| n % 7 == 0 && base.is_char_boundary(*n)) {
            let text = format!("{}!", &base[..n]);
            let (lanes, one) = lanes_and_one_walk(&s, &text);
            assert_eq!(lanes, one, "prefix of {n} bytes");
        }
        let (lanes, _) = lanes_and_one_walk(&s, &format!("{base}!"));
        assert_eq!(lanes.iter().map(|m| m.0).collect::<std::collections::BTreeSet<_>>().len(), 3, "{lanes:?}");
    }
}
