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
//!
//! # Two stages
//! The walk only notes the match states it reaches; [`Keywords::hits`] turns them into
//! hits afterwards, for the patterns the caller wants. A text reaches a match state
//! every few bytes (anchors such as `the` lead many injection phrases), and most of those
//! hits are anchors of rules whose keywords never appear: the scanner reads them only
//! for the rules that woke. Deciding at each state inside the walk, with a call and a
//! branch that mispredicts, also stalled the lanes' loads in flight; at 128 KB the walk
//! with its reports cost 780 us, the two stages 250 us + what is read.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

use crate::error::{Error, ErrorKind, Result};

/// Parts of the text walked side by side.
const LANES: usize = 4;
/// Below this many bytes a part, the lanes' warm-up would cost more than they save.
const MIN_PART: usize = 128;
/// Bytes a lane walks between copies of the states it noted.
const BLOCK: usize = 128;

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
/// A match state the walk reached, and the end of the byte that reached it.
pub(crate) type Reached = (StateID, usize);
/// The walk's buffers: each lane's block of states, and what the lanes after the first
/// noted, until it is appended.
pub(crate) struct Lanes {
    later: [Vec<Reached>; LANES - 1],
    block: Box<[[Reached; BLOCK]; LANES]>,
}

impl Default for Lanes {
    fn default() -> Lanes {
        Lanes { later: Default::default(), block: Box::new([[(StateID::ZERO, 0); BLOCK]; LANES]) }
    }
}

impl Lanes {
    pub(crate) fn capacity(&self) -> usize {
        self.later.iter().map(Vec::capacity).max().unwrap_or(0)
    }
}

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

    /// Every match state the walk over `text` reaches, as (state, end of the byte that
    /// reached it), in text order: what [`Keywords::hits`] turns into hits. The walk
    /// only notes them, so that deciding which hits count (and which are wanted at all)
    /// costs nothing for the patterns a scan does not need.
    ///
    /// `lanes_scratch` holds what the lanes note until it is appended: buffers the
    /// caller may keep from scan to scan.
    pub(crate) fn walk(&self, text: &[u8], out: &mut Vec<Reached>, lanes_scratch: &mut Lanes) {
        let lanes = (text.len() / MIN_PART).clamp(1, LANES);
        let part = text.len().div_ceil(lanes);
        // lane i notes the states reached at ends in (bounds[i], bounds[i + 1]]
        let bounds: [usize; LANES + 1] = std::array::from_fn(|i| (i * part).min(text.len()));
        let mut sid = [self.start; LANES];
        let next = |sid: StateID, byte: u8| self.dfa.next_state(Anchored::No, sid, byte);
        // Warm-up: a lane after the first walks the `max_pattern_len` bytes before its
        // part, noting nothing. Side by side over the span every lane has (all of it,
        // unless a pattern is longer than a part); a later lane walks the rest first.
        let warm = self.dfa.max_pattern_len().min(bounds[1]);
        for i in 2..lanes {
            for &byte in &text[bounds[i].saturating_sub(self.dfa.max_pattern_len())..bounds[i] - warm] {
                sid[i] = next(sid[i], byte);
            }
        }
        for k in 0..warm {
            for i in 1..LANES {
                if i < lanes {
                    sid[i] = next(sid[i], text[bounds[i] - warm + k]);
                }
            }
        }
        // Lane 0's states come first, so they go straight to `out`; the others' follow.
        let Lanes { later, block } = lanes_scratch;
        later.iter_mut().for_each(Vec::clear);
        let mut at: [usize; LANES] = std::array::from_fn(|i| bounds[i]);
        // Side by side, a block at a time, while every lane has bytes left. Every state is
        // written to the block and kept only if it matches: a branch taken at one byte in
        // six, and so mispredicted, would throw away the lanes' loads in flight.
        loop {
            let n = (0..lanes).map(|i| bounds[i + 1] - at[i]).min().unwrap_or(0).min(BLOCK);
            if n == 0 {
                break;
            }
            let mut noted = [0usize; LANES];
            for k in 0..n {
                for i in 0..LANES {
                    if i < lanes {
                        sid[i] = next(sid[i], text[at[i] + k]);
                        block[i][noted[i]] = (sid[i], at[i] + k + 1);
                        // The dead state is special too, but an unanchored overlapping
                        // walk never enters it.
                        noted[i] += self.dfa.is_match(sid[i]) as usize;
                    }
                }
            }
            for i in 0..lanes {
                let lane_out = if i == 0 { &mut *out } else { &mut later[i - 1] };
                lane_out.extend_from_slice(&block[i][..noted[i]]);
                at[i] += n;
            }
        }
        // Each lane's rest, alone: the last lane's part may be shorter than the others'.
        for i in 0..lanes {
            let lane_out = if i == 0 { &mut *out } else { &mut later[i - 1] };
            for end in at[i] + 1..=bounds[i + 1] {
                sid[i] = next(sid[i], text[end - 1]);
                if self.dfa.is_match(sid[i]) {
                    lane_out.push((sid[i], end));
                }
            }
        }
        for reached in &later[..lanes - 1] {
            out.extend_from_slice(reached);
        }
    }

    /// The hits of the `wanted` patterns at the states `reached` (from [`Keywords::walk`])
    /// that count where they lie, appended to `out` in the order of their ends (hits that
    /// end at the same byte in the automaton's order), as
    /// [`AhoCorasick::find_overlapping_iter`] gives them.
    ///
    /// [`AhoCorasick::find_overlapping_iter`]: aho_corasick::AhoCorasick::find_overlapping_iter
    pub(crate) fn hits(&self, text: &[u8], reached: &[Reached], wanted: &PatternSet, out: &mut Vec<Hit>) {
        for &(sid, end) in reached {
            for i in 0..self.dfa.match_len(sid) {
                let p = self.dfa.match_pattern(sid, i);
                if !wanted.contains(p.as_u32()) {
                    continue;
                }
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
    fn patterns_len(&self) -> usize {
        self.word_start.len()
    }
}

/// A set of prefilter pattern indexes.
#[derive(Clone, Default)]
pub(crate) struct PatternSet(Vec<u64>);

impl PatternSet {
    pub(crate) fn new(len: usize) -> PatternSet {
        PatternSet(vec![0; len.div_ceil(64)])
    }

    #[cfg(test)]
    fn all(len: usize) -> PatternSet {
        let mut set = PatternSet::new(len);
        (0..len as u32).for_each(|p| set.insert(p));
        set
    }

    pub(crate) fn insert(&mut self, p: u32) {
        self.0[p as usize / 64] |= 1 << (p % 64);
    }

    /// Empties the set and makes room for `len` patterns.
    pub(crate) fn reset(&mut self, len: usize) {
        self.0.clear();
        self.0.resize(len.div_ceil(64), 0);
    }

    /// Inserts `p`; whether it was new.
    pub(crate) fn add(&mut self, p: u32) -> bool {
        let new = !self.contains(p);
        self.insert(p);
        new
    }

    #[inline(always)]
    pub(crate) fn contains(&self, p: u32) -> bool {
        self.0[p as usize / 64] & (1 << (p % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasick;

    fn all_hits(keywords: &Keywords, text: &[u8]) -> Vec<Hit> {
        let (mut reached, mut got) = (Vec::new(), Vec::new());
        keywords.walk(text, &mut reached, &mut Default::default());
        keywords.hits(text, &reached, &PatternSet::all(keywords.patterns_len()), &mut got);
        got
    }

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
        let text = b"are Reset re: row ROW Row";
        assert_eq!(all_hits(&keywords, text), [(0, 4, 6), (0, 10, 12), (1, 22, 25)]);
        // only the patterns asked for
        let mut reached = Vec::new();
        keywords.walk(text, &mut reached, &mut Default::default());
        let mut wanted = PatternSet::new(2);
        wanted.insert(1);
        let mut got = Vec::new();
        keywords.hits(text, &reached, &wanted, &mut got);
        assert_eq!(got, [(1, 22, 25)]);
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
            let got = all_hits(&keywords, part.as_bytes());
            assert_eq!(got, want, "text of {len} bytes");
        }
        let long = "x".repeat(1000);
        let got = all_hits(&keywords, long.as_bytes());
        assert_eq!(got.iter().filter(|h| h.0 == 7).count(), 701, "a pattern longer than a lane's part");
    }
}
