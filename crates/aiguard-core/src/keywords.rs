//! The prefilter's pass: every hit of every keyword and anchor, overlapping ones
//! included, in one walk of an Aho-Corasick DFA over the text.
//!
//! # Why not `AhoCorasick::find_overlapping_iter`
//! With a few thousand keywords the DFA's transition table is megabytes, and English
//! prose keeps the walk inside common word prefixes: each byte is a load that depends on
//! the one before and misses the L1 cache, so one walk runs at the latency of the L2
//! cache (~4.5 ns a byte here), not at its bandwidth. This module walks [`LANES`] parts
//! of the text side by side, so that their loads overlap: the same table, the same
//! states, the same hits, in a fraction of the time.
//!
//! A lane starts `max_pattern_len` bytes before its part, from the start state: by the
//! time it reaches its part its state is the one a single walk from the beginning would
//! have there (an Aho-Corasick state only remembers the last `max_pattern_len` bytes),
//! and it reports only the hits that end inside its part, so no hit is lost or doubled.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

use crate::error::{Error, ErrorKind, Result};

/// Parts of the text walked side by side.
const LANES: usize = 4;
/// Below this many bytes a part, the lanes' warm-up would cost more than they save.
const MIN_PART: usize = 128;

/// A prefilter pattern, and where its hits count.
pub(crate) struct Keyword {
    pub(crate) text: String,
    /// Only at the start of a word: a hit after a word byte is dropped.
    pub(crate) word_start: bool,
    /// Only as written: the automaton ignores ASCII case, and a hit in another case is dropped.
    pub(crate) exact: bool,
}

pub(crate) struct Keywords {
    dfa: DFA,
    start: StateID,
    /// Pattern index -> its bytes when its hits must match case, else `None`.
    exact: Vec<Option<Box<[u8]>>>,
    word_start: Vec<bool>,
}

/// One hit: the pattern's index, and its byte span in the text.
pub(crate) type Hit = (u32, usize, usize);
/// The hits of the lanes after the first, while the walk runs.
pub(crate) type Lanes = [Vec<Hit>; LANES - 1];

impl Keywords {
    /// ASCII letters match either case, unless the keyword is `exact`; other bytes match exactly.
    pub(crate) fn new(keywords: &[Keyword]) -> Result<Keywords> {
        let patterns: Vec<&str> = keywords.iter().map(|k| k.text.as_str()).collect();
        let failed = |e: String| Error::new(ErrorKind::RuleCompile, format!("keyword prefilter: {e}"));
        let dfa = DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            // A prefilter would make the start state special, slowing the walk below.
            .prefilter(false)
            .build(&patterns)
            .map_err(|e| failed(e.to_string()))?;
        let start = dfa.start_state(Anchored::No).map_err(|e| failed(e.to_string()))?;
        let exact = keywords.iter().map(|k| k.exact.then(|| k.text.as_bytes().into())).collect();
        let word_start = keywords.iter().map(|k| k.word_start).collect();
        Ok(Keywords { dfa, start, exact, word_start })
    }

    /// Every hit in `text` that counts where it lies, in the order of their ends (hits that
    /// end at the same byte in the automaton's order), as
    /// [`AhoCorasick::find_overlapping_iter`] gives them.
    ///
    /// [`AhoCorasick::find_overlapping_iter`]: aho_corasick::AhoCorasick::find_overlapping_iter
    ///
    /// `later` holds the hits of lanes after the first until they are appended: buffers
    /// the caller may keep from scan to scan (their contents are cleared here).
    pub(crate) fn hits(&self, text: &[u8], out: &mut Vec<Hit>, later: &mut Lanes) {
        let lanes = (text.len() / MIN_PART).clamp(1, LANES);
        let part = text.len().div_ceil(lanes);
        let warm = self.dfa.max_pattern_len();
        // lane i reports hits ending in (bounds[i], bounds[i + 1]]
        let bounds: [usize; LANES + 1] = std::array::from_fn(|i| (i * part).min(text.len()));
        let mut at: [usize; LANES] = std::array::from_fn(|i| bounds[i].saturating_sub(warm));
        let mut sid = [self.start; LANES];
        // Lane 0's hits come first, so they go straight to `out`; the others' follow.
        later.iter_mut().for_each(Vec::clear);
        // Side by side while every lane has bytes left; the lanes differ in length by their
        // warm-up only, which each finishes on its own below.
        let steps = (0..lanes).map(|i| bounds[i + 1] - at[i]).min().unwrap_or(0);
        for _ in 0..steps {
            for i in 0..LANES {
                if i < lanes {
                    let lane_out = if i == 0 { &mut *out } else { &mut later[i - 1] };
                    self.step(text, &mut sid[i], &mut at[i], bounds[i], lane_out);
                }
            }
        }
        for i in 0..lanes {
            let lane_out = if i == 0 { &mut *out } else { &mut later[i - 1] };
            while at[i] < bounds[i + 1] {
                self.step(text, &mut sid[i], &mut at[i], bounds[i], lane_out);
            }
        }
        for hits in &later[..lanes - 1] {
            out.extend_from_slice(hits);
        }
    }

    /// One byte of one lane: the next state, and its hits if they end past `report_after`.
    #[inline(always)]
    fn step(&self, text: &[u8], sid: &mut StateID, at: &mut usize, report_after: usize, out: &mut Vec<Hit>) {
        *sid = self.dfa.next_state(Anchored::No, *sid, text[*at]);
        *at += 1;
        if self.dfa.is_special(*sid) && *at > report_after {
            self.report(text, *sid, *at, out);
        }
    }

    /// The hits of a special state reached after the byte that ends at `end`, those that
    /// count there.
    #[inline(never)]
    fn report(&self, text: &[u8], sid: StateID, end: usize, out: &mut Vec<Hit>) {
        if !self.dfa.is_match(sid) {
            return; // the dead state, which an unanchored overlapping walk never leaves for
        }
        for i in 0..self.dfa.match_len(sid) {
            let p = self.dfa.match_pattern(sid, i);
            let start = end - self.dfa.pattern_len(p);
            if self.word_start[p] && start > 0 && crate::scanner::is_word_byte(text[start - 1]) {
                continue;
            }
            if self.exact[p].as_deref().is_some_and(|exact| &text[start..end] != exact) {
                continue;
            }
            out.push((p.as_u32(), start, end));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasick;

    fn any_where(patterns: &[String]) -> Vec<Keyword> {
        patterns.iter().map(|p| Keyword { text: p.clone(), word_start: false, exact: false }).collect()
    }

    #[test]
    fn hits_count_only_where_their_keyword_does() {
        let keywords = Keywords::new(&[
            Keyword { text: "re".into(), word_start: true, exact: false },
            Keyword { text: "Row".into(), word_start: false, exact: true },
        ])
        .unwrap();
        let mut got = Vec::new();
        keywords.hits(b"are Reset re: row ROW Row", &mut got, &mut Default::default());
        assert_eq!(got, [(0, 4, 6), (0, 10, 12), (1, 22, 25)]);
    }

    /// The side-by-side walk finds exactly what the crate's own overlapping search does,
    /// at every text length around the lane boundaries, with hits across them.
    #[test]
    fn lanes_find_what_one_walk_finds() {
        let patterns: Vec<String> =
            ["ab", "abc", "bca", "c", "ignore previous", "Previous", "ünï", "x".repeat(300).as_str(), "aa"]
                .iter()
                .map(|s| s.to_string())
                .collect();
        let keywords = Keywords::new(&any_where(&patterns)).unwrap();
        let reference = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .unwrap();
        // a deterministic mix of the patterns' words, so that hits fall everywhere
        let words: Vec<&str> = "abcAB ünïx ignore Previous xxxx".split(' ').collect();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut text = String::new();
        while text.len() < 1400 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(words[(seed % words.len() as u64) as usize]);
            if seed.is_multiple_of(3) {
                text.push(' ');
            }
        }
        let edges = [MIN_PART * LANES - 1, MIN_PART * LANES, MIN_PART * LANES + 1];
        for len in (0..1400).step_by(7).chain(edges).filter(|&n| text.is_char_boundary(n)) {
            let part = &text[..len];
            let want: Vec<Hit> =
                reference.find_overlapping_iter(part).map(|m| (m.pattern().as_u32(), m.start(), m.end())).collect();
            let mut got = Vec::new();
            keywords.hits(part.as_bytes(), &mut got, &mut Default::default());
            assert_eq!(got, want, "text of {len} bytes");
        }
        let long = "x".repeat(1000);
        let mut got = Vec::new();
        keywords.hits(long.as_bytes(), &mut got, &mut Default::default());
        assert_eq!(got.iter().filter(|h| h.0 == 7).count(), 701, "a pattern longer than a lane's part");
    }
}
