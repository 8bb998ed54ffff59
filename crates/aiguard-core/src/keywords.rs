//! The prefilter's pass: every hit of every keyword and anchor, overlapping ones
//! included, in one walk of an Aho-Corasick DFA over the text: the `aho-corasick` crate's
//! automaton, its transitions laid out again for this walk ([`Table`]).
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
//! The walk only notes the match states it reaches; they become hits afterwards:
//! [`Keywords::waking_hits`] for the patterns that wake rules, [`Keywords::anchor_hits`]
//! for the anchors the caller wants. A text reaches a match state every few bytes
//! (anchors such as `the` lead many injection phrases), and most of those hits are
//! anchors of rules whose keywords never appear: the scanner reads them only for the
//! rules that woke. Each match state lists its waking patterns apart from its anchors,
//! so that neither reading passes over the other's. Deciding at each state inside the walk, with a call and a
//! branch that mispredicts, also stalled the lanes' loads in flight; at 128 KB the walk
//! with its reports cost 780 us, the two stages 250 us + what is read.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};

use crate::error::{Error, ErrorKind, Result};

/// Parts of the text walked side by side.
const LANES: usize = 8;
/// Below this many bytes a part, the lanes' warm-up would cost more than they save.
const MIN_PART: usize = 128;
/// Bytes a lane walks between copies of the states it noted.
const BLOCK: usize = 128;

/// Where a prefilter pattern's hits count.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub(crate) struct Edges {
    /// Only at the start of a word: a hit after a word byte is dropped.
    pub(crate) start: bool,
    /// Only at the end of a word: a hit before a word byte is dropped.
    pub(crate) end: bool,
}

/// A prefilter pattern, and where its hits count.
pub(crate) struct Keyword {
    pub(crate) text: String,
    pub(crate) edges: Edges,
    /// Only as written: the automaton ignores ASCII case, and a hit in another case is dropped.
    pub(crate) exact: bool,
    /// Its hits wake rules, so every one is wanted ([`Keywords::waking_hits`]); else it
    /// only anchors, and its hits are wanted for the rules that woke ([`Keywords::anchor_hits`]).
    pub(crate) wakes: bool,
}

pub(crate) struct Keywords {
    table: Table,
    /// Pattern index -> its length in bytes.
    len: Vec<u32>,
    /// Pattern index -> its bytes when its hits must match case, else `None`.
    exact: Vec<Option<Box<[u8]>>>,
    edges: Vec<Edges>,
    max_len: usize,
}

/// The automaton's transitions, laid out for the walk: a DFA built from the crate's NFA
/// (which answers every transition, following its failure links).
///
/// The crate's own DFA pads each state's row to a power of two (256 columns for the
/// built-in rules' 156 byte classes) and numbers states in the order the patterns built
/// them, so the states that English text keeps visiting (the first bytes of common
/// words) lay scattered over 24 MB. Here a row has one column per byte class (14 MB),
/// and states are numbered breadth first from the start (match states first, so that
/// "is a match" is one comparison), which puts the shallow, hot states together at the
/// front: the walk runs 10 % faster. Built from the NFA, which builds in a quarter of
/// the DFA's time, the table costs the scanner's construction about 10 ms more in all.
struct Table {
    /// Byte -> its column.
    class: [u8; 256],
    /// Row-major transitions; a state is named by its row's offset (index * columns).
    next: Vec<u32>,
    /// ceil(2^64 / columns), to divide a state's name by the number of columns.
    inverse: u64,
    start: u32,
    /// States named below this are match states.
    matches_below: u32,
    /// Match state index -> where its patterns lie in `patterns`: the waking ones in
    /// `.0...1`, the anchors in `.1...2`, each in the automaton's order.
    matches: Vec<(u32, u32, u32)>,
    patterns: Vec<u32>,
}

/// Hashes a state id for the map that renames states while the table is built: one
/// multiplication, where the default hasher made that map most of the build's time.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        bytes.iter().for_each(|&b| self.write_u8(b));
    }
    fn write_u8(&mut self, b: u8) {
        self.write_u64(u64::from(b));
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
}

impl Table {
    /// `keywords`: the patterns the NFA was built from (ASCII case ignored).
    fn new(nfa: &NFA, keywords: &[Keyword]) -> Result<Table> {
        let failed = |e: String| Error::new(ErrorKind::RuleCompile, format!("keyword prefilter: {e}"));
        let start = nfa.start_state(Anchored::No).map_err(|e| failed(e.to_string()))?;
        let next = |sid: StateID, byte: u8| nfa.next_state(Anchored::No, sid, byte);
        // Columns: one for each byte some pattern holds (an ASCII letter and its other
        // case share it, as they share every transition), and one for all the others:
        // no trie edge reads them, so from any state they lead where they lead from the
        // start state, back to it.
        let mut held = [false; 256];
        for &byte in keywords.iter().flat_map(|k| k.text.as_bytes()) {
            held[byte.to_ascii_lowercase() as usize] = true;
            held[byte.to_ascii_uppercase() as usize] = true;
        }
        // 0xFF is in no UTF-8 text, so in no keyword: it leads the column of the others.
        let mut class = [0u8; 256];
        let mut lead: Vec<u8> = vec![0xFF]; // column -> a byte of it
        for byte in (0..=255u8).filter(|&b| held[b as usize] && !b.is_ascii_uppercase()) {
            class[byte as usize] = lead.len() as u8; // at most 1 + 255 - 26 columns
            lead.push(byte);
        }
        for upper in b'A'..=b'Z' {
            class[upper as usize] = class[upper.to_ascii_lowercase() as usize];
        }
        let columns = lead.len().max(2); // one column would need a 2^64 inverse
        lead.resize(columns, lead[0]);
        // Breadth first from the start, over every state an unanchored walk can reach:
        // `to` holds each state's transitions as breadth-first indexes.
        let mut index: HashMap<StateID, u32, BuildHasherDefault<IdHasher>> = HashMap::default();
        let (mut order, mut to) = (vec![start], Vec::new());
        index.insert(start, 0);
        let mut i = 0;
        while let Some(&sid) = order.get(i) {
            i += 1;
            for &byte in &lead {
                let t = next(sid, byte);
                let at = *index.entry(t).or_insert_with(|| {
                    order.push(t);
                    (order.len() - 1) as u32
                });
                to.push(at);
            }
        }
        u32::try_from(to.len()).map_err(|_| failed("too many states".into()))?;
        // Named by row offset, match states first, each group in breadth-first order.
        let mut rank: Vec<usize> = (0..order.len()).collect();
        rank.sort_by_key(|&i| !nfa.is_match(order[i]));
        let matches_found = rank.iter().take_while(|&&i| nfa.is_match(order[i])).count();
        let mut name = vec![0u32; order.len()];
        for (r, &i) in rank.iter().enumerate() {
            name[i] = (r * columns) as u32;
        }
        let mut table = Vec::with_capacity(to.len());
        for &i in &rank {
            table.extend(to[i * columns..(i + 1) * columns].iter().map(|&t| name[t as usize]));
        }
        let start = name[0];
        let order: Vec<StateID> = rank.iter().map(|&i| order[i]).collect();
        let (mut matches, mut patterns) = (Vec::with_capacity(matches_found), Vec::new());
        for &sid in &order[..matches_found] {
            let all = (0..nfa.match_len(sid)).map(|i| nfa.match_pattern(sid, i).as_u32());
            let from = patterns.len() as u32;
            patterns.extend(all.clone().filter(|&p| keywords[p as usize].wakes));
            let anchors_from = patterns.len() as u32;
            patterns.extend(all.filter(|&p| !keywords[p as usize].wakes));
            matches.push((from, anchors_from, patterns.len() as u32));
        }
        Ok(Table {
            class,
            next: table,
            inverse: (u64::MAX / columns as u64) + 1,
            start,
            matches_below: (matches_found * columns) as u32,
            matches,
            patterns,
        })
    }

    #[inline(always)]
    fn next(&self, sid: u32, byte: u8) -> u32 {
        self.next[sid as usize + self.class[byte as usize] as usize]
    }

    #[inline(always)]
    fn is_match(&self, sid: u32) -> bool {
        sid < self.matches_below
    }

    /// The waking patterns and the anchors that match state `sid` matches.
    fn patterns(&self, sid: u32) -> (&[u32], &[u32]) {
        // sid / columns, as a multiplication: exact for every 32-bit sid (Lemire, Kaser
        // and Kurz, "Faster remainder by direct computation", 2019); a division, tens of
        // cycles on this CPU, made the hits slower than the walk it follows.
        let index = ((u128::from(self.inverse) * u128::from(sid)) >> 64) as usize;
        let (from, anchors_from, to) = self.matches[index];
        (&self.patterns[from as usize..anchors_from as usize], &self.patterns[anchors_from as usize..to as usize])
    }
}

/// One hit: the pattern's index, and its byte span in the text.
pub(crate) type Hit = (u32, usize, usize);
/// A match state the walk reached, and the end of the byte that reached it.
pub(crate) type Reached = (u32, usize);
/// The walk's buffers: each lane's block of states, and what the lanes after the first
/// noted, until it is appended.
pub(crate) struct Lanes {
    later: [Vec<Reached>; LANES - 1],
    block: Box<[[Reached; BLOCK]; LANES]>,
}

impl Default for Lanes {
    fn default() -> Lanes {
        Lanes { later: Default::default(), block: Box::new([[(0, 0); BLOCK]; LANES]) }
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
        let nfa = NFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .prefilter(false) // the walk is the prefilter
            .build(&patterns)
            .map_err(|e| failed(e.to_string()))?;
        let table = Table::new(&nfa, keywords)?;
        let len = keywords.iter().map(|k| k.text.len() as u32).collect();
        let exact = keywords.iter().map(|k| k.exact.then(|| k.text.as_bytes().into())).collect();
        let edges = keywords.iter().map(|k| k.edges).collect();
        Ok(Keywords { table, len, exact, edges, max_len: nfa.max_pattern_len() })
    }

    /// Every match state the walk over `text` reaches, as (state, end of the byte that
    /// reached it), in text order, for [`Keywords::waking_hits`] and
    /// [`Keywords::anchor_hits`] to turn into hits. The walk only notes them, so that deciding which hits count (and which are wanted at all)
    /// costs nothing for the patterns a scan does not need.
    ///
    /// `lanes_scratch` holds what the lanes note until it is appended: buffers the
    /// caller may keep from scan to scan.
    pub(crate) fn walk(&self, text: &[u8], out: &mut Vec<Reached>, lanes_scratch: &mut Lanes) {
        let lanes = (text.len() / MIN_PART).clamp(1, LANES);
        let part = text.len().div_ceil(lanes);
        // lane i notes the states reached at ends in (bounds[i], bounds[i + 1]]
        let bounds: [usize; LANES + 1] = std::array::from_fn(|i| (i * part).min(text.len()));
        let table = &self.table;
        let mut sid = [table.start; LANES];
        let next = |sid: u32, byte: u8| table.next(sid, byte);
        // Warm-up: a lane after the first walks the `max_pattern_len` bytes before its
        // part, noting nothing. Side by side over the span every lane has (all of it,
        // unless a pattern is longer than a part); a later lane walks the rest first.
        let warm = self.max_len.min(bounds[1]);
        for i in 2..lanes {
            for &byte in &text[bounds[i].saturating_sub(self.max_len)..bounds[i] - warm] {
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
                        noted[i] += table.is_match(sid[i]) as usize;
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
                if table.is_match(sid[i]) {
                    lane_out.push((sid[i], end));
                }
            }
        }
        for reached in &later[..lanes - 1] {
            out.extend_from_slice(reached);
        }
    }

    /// The hits of the waking patterns at the states `reached` (from [`Keywords::walk`])
    /// that count where they lie, appended to `out` in the order of their ends (hits that
    /// end at the same byte in the automaton's order), as
    /// [`AhoCorasick::find_overlapping_iter`] gives them.
    ///
    /// [`AhoCorasick::find_overlapping_iter`]: aho_corasick::AhoCorasick::find_overlapping_iter
    pub(crate) fn waking_hits(&self, text: &[u8], reached: &[Reached], out: &mut Vec<Hit>) {
        for &(sid, end) in reached {
            for &p in self.table.patterns(sid).0 {
                self.push_hit(text, p, end, out);
            }
        }
    }

    /// As [`Keywords::waking_hits`], for the anchor patterns in `wanted`.
    pub(crate) fn anchor_hits(&self, text: &[u8], reached: &[Reached], wanted: &PatternSet, out: &mut Vec<Hit>) {
        for &(sid, end) in reached {
            for &p in self.table.patterns(sid).1 {
                if wanted.contains(p) {
                    self.push_hit(text, p, end, out);
                }
            }
        }
    }

    #[inline(always)]
    fn push_hit(&self, text: &[u8], p: u32, end: usize, out: &mut Vec<Hit>) {
        let start = end - self.len[p as usize] as usize;
        let edges = self.edges[p as usize];
        if edges.start && start > 0 && crate::scanner::is_word_byte(text[start - 1]) {
            return;
        }
        if edges.end && end < text.len() && crate::scanner::is_word_byte(text[end]) {
            return;
        }
        if self.exact[p as usize].as_deref().is_some_and(|exact| &text[start..end] != exact) {
            return;
        }
        out.push((p, start, end));
    }

    #[cfg(test)]
    fn patterns_len(&self) -> usize {
        self.edges.len()
    }
}

/// A set of prefilter pattern indexes.
#[derive(Clone, Default)]
pub(crate) struct PatternSet(Vec<u64>);

impl PatternSet {
    #[cfg(test)]
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

    /// Every hit, of waking patterns and of all anchors, in order.
    fn all_hits(keywords: &Keywords, text: &[u8]) -> Vec<Hit> {
        let (mut reached, mut got) = (Vec::new(), Vec::new());
        keywords.walk(text, &mut reached, &mut Default::default());
        keywords.waking_hits(text, &reached, &mut got);
        keywords.anchor_hits(text, &reached, &PatternSet::all(keywords.patterns_len()), &mut got);
        got.sort_by_key(|&(p, s, e)| (e, s, p));
        got
    }

    /// The crate's own overlapping search over the same patterns, to check the walk against.
    fn crate_search(patterns: &[String]) -> AhoCorasick {
        AhoCorasick::builder().ascii_case_insensitive(true).match_kind(MatchKind::Standard).build(patterns).unwrap()
    }

    fn any_where(patterns: &[String]) -> Vec<Keyword> {
        patterns
            .iter()
            .map(|p| Keyword { text: p.clone(), edges: Edges::default(), exact: false, wakes: true })
            .collect()
    }

    #[test]
    fn hits_count_only_where_their_keyword_does() {
        let keywords = Keywords::new(&[
            Keyword { text: "re".into(), edges: Edges { start: true, end: false }, exact: false, wakes: true },
            Keyword { text: "Row".into(), edges: Edges::default(), exact: true, wakes: false },
            Keyword { text: "e".into(), edges: Edges::default(), exact: false, wakes: false },
        ])
        .unwrap();
        let text = b"are Reset re: row ROW Row";
        assert_eq!(
            all_hits(&keywords, text),
            [(2, 2, 3), (0, 4, 6), (2, 5, 6), (2, 7, 8), (0, 10, 12), (2, 11, 12), (1, 22, 25)]
        );
        let mut reached = Vec::new();
        keywords.walk(text, &mut reached, &mut Default::default());
        // the waking pattern's hits, even where an anchor ends at the same byte
        let mut got = Vec::new();
        keywords.waking_hits(text, &reached, &mut got);
        assert_eq!(got, [(0, 4, 6), (0, 10, 12)]);
        // only the anchors asked for
        let mut wanted = PatternSet::new(3);
        wanted.insert(1);
        let mut got = Vec::new();
        keywords.anchor_hits(text, &reached, &wanted, &mut got);
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
        let reference = crate_search(&patterns);
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

    /// The re-laid table (its byte columns, its renamed states) finds what the crate's
    /// search does on text of every byte value, for patterns that hold punctuation, both
    /// cases, multi-byte UTF-8 and NUL, and for patterns that hold every ASCII byte.
    #[test]
    fn table_agrees_with_the_crate_on_every_byte() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut rand = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let some: Vec<String> =
            ["Ab", "b\0c", "x-y", "ü", "zZz", "{{", "\u{7f}q", "sk_", "a"].iter().map(|p| p.to_string()).collect();
        let every: Vec<String> =
            (0..=127u8).map(|b| format!("k{}", b as char)).chain(["é".into(), "日本".into()]).collect();
        for patterns in [some, every] {
            let keywords = Keywords::new(&any_where(&patterns)).unwrap();
            let reference = crate_search(&patterns);
            let alphabet: Vec<u8> = patterns.iter().flat_map(|p| p.bytes()).collect();
            let text: Vec<u8> = (0..3000)
                .map(|_| {
                    let r = rand();
                    if r % 3 == 0 {
                        (r >> 8) as u8
                    } else {
                        alphabet[(r >> 8) as usize % alphabet.len()]
                    }
                })
                .collect();
            let mut want: Vec<Hit> =
                reference.find_overlapping_iter(&text).map(|m| (m.pattern().as_u32(), m.start(), m.end())).collect();
            want.sort_by_key(|&(p, s, e)| (e, s, p));
            assert!(want.len() > 200, "the text should hold many hits: {}", want.len());
            assert_eq!(all_hits(&keywords, &text), want);
        }
    }
}
