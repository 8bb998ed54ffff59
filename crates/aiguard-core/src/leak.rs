//! Leak detection on model output: long overlaps with registered system prompts, and
//! canary tokens.
//!
//! Prompts, canaries and the output are *folded* the same way: only letters and digits
//! are kept, lower-cased; whitespace, punctuation and symbols vanish. A model that
//! re-wraps, re-cases or re-punctuates its system prompt ("You are ACME-bot." ->
//! "you are acme bot") still leaves the same folded bytes. Every folded byte remembers
//! the input character it came from, so a leak is reported as a span of the output.
//!
//! Prompt overlaps are found with a Rabin-Karp rolling hash: every window of `window`
//! folded bytes of every prompt is indexed; the output's windows are hashed in one pass,
//! a hit is verified byte for byte and then extended as far as prompt and output agree.
//! Canaries, and prompts shorter than one window, are found whole with one
//! Aho-Corasick pass over the folded output.
//!
//! # Performance
//! One pass over the output: fold, then per folded byte one rolling-hash step and one
//! bit test in a small filter; the hash table is consulted only when the filter says so.
//!
//! # Untrusted input
//! Hashes are taken modulo the prime 2^61 - 1 with a base drawn at random per index,
//! so an output cannot be crafted to collide (and a collision is verified anyway);
//! each hash keeps at most [`MAX_CANDIDATES`] prompt positions, so a repetitive prompt
//! cannot make a window expensive. Work is linear in the output.

use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

use aho_corasick::{AhoCorasick, MatchKind};

use crate::error::{Error, ErrorKind, Result};

/// Folded bytes a canary must have: shorter ones would match ordinary words.
pub const MIN_CANARY: usize = 8;
/// Smallest window (folded bytes) an index accepts, and the fewest folded bytes a
/// registered prompt must have.
pub const MIN_WINDOW: usize = 16;
/// Prompt positions kept per window hash.
pub const MAX_CANDIDATES: usize = 4;

const MODULUS: u64 = (1 << 61) - 1;

/// What a leak matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeakSource {
    Prompt,
    Canary,
}

/// One leak, in UTF-8 byte offsets of the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Leak {
    pub source: LeakSource,
    /// Index of the prompt or canary, in registration order.
    pub index: usize,
    pub start: usize,
    pub end: usize,
    /// Folded bytes shared with the prompt or canary.
    pub matched: usize,
    /// Folded length of that whole prompt or canary.
    pub total: usize,
}

/// Text reduced to lower-cased letters and digits, with the input offset of the
/// character each folded byte came from.
struct Folded {
    bytes: Vec<u8>,
    from: Vec<usize>,
}

fn fold(text: &str) -> Folded {
    let mut bytes = Vec::with_capacity(text.len());
    let mut from = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                bytes.push(c.to_ascii_lowercase() as u8);
                from.push(i);
            }
        } else if c.is_alphanumeric() {
            let mut buf = [0u8; 4];
            for lower in c.to_lowercase() {
                for &b in lower.encode_utf8(&mut buf).as_bytes() {
                    bytes.push(b);
                    from.push(i);
                }
            }
        }
    }
    Folded { bytes, from }
}

fn folded_bytes(text: &str) -> Vec<u8> {
    fold(text).bytes
}

fn mulmod(a: u64, b: u64) -> u64 {
    let p = a as u128 * b as u128;
    // 2^61 = 1 (mod 2^61 - 1): fold the high bits onto the low ones.
    let s = (p as u64 & MODULUS) + (p >> 61) as u64;
    let s = if s >= MODULUS { s - MODULUS } else { s };
    if s >= MODULUS {
        s - MODULUS
    } else {
        s
    }
}

fn addmod(a: u64, b: u64) -> u64 {
    let s = a + b; // both < 2^61: no overflow
    if s >= MODULUS {
        s - MODULUS
    } else {
        s
    }
}

/// A hasher for keys that are already uniform hashes below 2^61: one multiply spreads
/// them over all 64 bits (the table's control bytes read the top ones).
#[derive(Default)]
struct Spread(u64);

impl Hasher for Spread {
    fn finish(&self) -> u64 {
        self.0.wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A compiled set of prompts and canaries; immutable, shared freely between threads.
pub struct LeakIndex {
    window: usize,
    base: u64,
    /// base^(window - 1): the weight of the byte leaving the window.
    top: u64,
    prompts: Vec<Vec<u8>>,
    /// Window hash -> (prompt, position) of up to MAX_CANDIDATES windows with that hash.
    windows: HashMap<u64, Vec<(u32, u32)>, BuildHasherDefault<Spread>>,
    /// A bit per (hash mod len): most output windows are rejected here without a table lookup.
    filter: Vec<u64>,
    /// Canaries and short prompts, matched whole on folded text.
    whole: Option<AhoCorasick>,
    whole_ids: Vec<(LeakSource, usize, usize)>,
}

impl LeakIndex {
    /// Indexes `prompts` (overlaps of at least `window` folded bytes are leaks; a prompt
    /// shorter than that is a leak only when reproduced whole) and `canaries` (a leak
    /// wherever they appear, folded). Errors name the prompt or canary by position,
    /// never by content.
    pub fn new<P: AsRef<str>, C: AsRef<str>>(prompts: &[P], canaries: &[C], window: usize) -> Result<LeakIndex> {
        if window < MIN_WINDOW {
            return Err(Error::new(
                ErrorKind::Input,
                format!("leak window of {window} is too small: at least {MIN_WINDOW} letters and digits"),
            ));
        }
        let base = 256 + RandomState::new().hash_one(0x0061_6967_7561_7264_u64) % (MODULUS - 512);
        let top = (1..window).fold(1, |acc, _| mulmod(acc, base));
        let mut index = LeakIndex {
            window,
            base,
            top,
            prompts: Vec::with_capacity(prompts.len()),
            windows: HashMap::default(),
            filter: Vec::new(),
            whole: None,
            whole_ids: Vec::new(),
        };
        let mut whole_patterns: Vec<Vec<u8>> = Vec::new();
        for (i, p) in prompts.iter().enumerate() {
            let folded = folded_bytes(p.as_ref());
            if folded.len() < MIN_WINDOW {
                return Err(Error::new(
                    ErrorKind::Input,
                    format!(
                        "system prompt #{i} has {} letters and digits: at least {MIN_WINDOW} are needed to tell a leak from chance",
                        folded.len()
                    ),
                ));
            }
            if folded.len() < window {
                whole_patterns.push(folded.clone());
                index.whole_ids.push((LeakSource::Prompt, i, folded.len()));
            }
            index.prompts.push(folded);
        }
        for (i, c) in canaries.iter().enumerate() {
            let folded = folded_bytes(c.as_ref());
            if folded.len() < MIN_CANARY {
                return Err(Error::new(
                    ErrorKind::Input,
                    format!("canary #{i} has {} letters and digits: at least {MIN_CANARY} are needed", folded.len()),
                ));
            }
            index.whole_ids.push((LeakSource::Canary, i, folded.len()));
            whole_patterns.push(folded);
        }
        index.index_windows();
        if !whole_patterns.is_empty() {
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&whole_patterns)
                .map_err(|e| Error::new(ErrorKind::Input, format!("canaries could not be indexed: {e}")))?;
            index.whole = Some(ac);
        }
        Ok(index)
    }

    fn index_windows(&mut self) {
        let k = self.window;
        let total: usize = self.prompts.iter().map(|p| p.len().saturating_sub(k - 1)).sum();
        // About 16 filter bits per indexed window keeps false passes near 6 %.
        let words = (total * 16 / 64).next_power_of_two().max(64);
        self.filter = vec![0; words];
        for (p, prompt) in self.prompts.iter().enumerate() {
            if prompt.len() < k {
                continue;
            }
            let mut h = self.hash(&prompt[..k]);
            for j in 0..=prompt.len() - k {
                if j > 0 {
                    h = self.roll(h, prompt[j - 1], prompt[j + k - 1]);
                }
                let slot = self.windows.entry(h).or_default();
                if slot.len() < MAX_CANDIDATES {
                    slot.push((p as u32, j as u32));
                }
                let bit = self.filter_bit(h);
                self.filter[bit / 64] |= 1 << (bit % 64);
            }
        }
    }

    fn filter_bit(&self, h: u64) -> usize {
        (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 7) as usize & (self.filter.len() * 64 - 1)
    }

    fn may_hold(&self, h: u64) -> bool {
        let bit = self.filter_bit(h);
        self.filter[bit / 64] & (1 << (bit % 64)) != 0
    }

    fn hash(&self, bytes: &[u8]) -> u64 {
        bytes.iter().fold(0, |h, &b| addmod(mulmod(h, self.base), b as u64))
    }

    /// The hash of the window one byte further on: `out` leaves, `inn` enters.
    fn roll(&self, h: u64, out: u8, inn: u8) -> u64 {
        let without = addmod(h, MODULUS - mulmod(out as u64, self.top));
        addmod(mulmod(without, self.base), inn as u64)
    }

    /// The longest verified run of the output starting at `i` that some indexed window
    /// with hash `h` begins: (prompt, run length).
    fn longest_run(&self, out: &[u8], i: usize, h: u64) -> Option<(usize, usize)> {
        let k = self.window;
        let mut best: Option<(usize, usize)> = None;
        for &(p, j) in self.windows.get(&h)? {
            let prompt = &self.prompts[p as usize];
            let j = j as usize;
            if prompt[j..j + k] != out[i..i + k] {
                continue; // a hash collision
            }
            let run = k + prompt[j + k..].iter().zip(&out[i + k..]).take_while(|(a, b)| a == b).count();
            if best.map_or(0, |(_, len)| len) < run {
                best = Some((p as usize, run));
            }
        }
        best
    }

    /// Every leak in `text`, sorted by start, in UTF-8 byte offsets.
    pub fn find(&self, text: &str) -> Vec<Leak> {
        let folded = fold(text);
        let out = &folded.bytes;
        let span = |a: usize, b: usize| {
            let last = folded.from[b - 1];
            let end = last + text[last..].chars().next().map_or(1, char::len_utf8);
            (folded.from[a], end)
        };
        let mut leaks: Vec<Leak> = Vec::new();
        let k = self.window;
        if !self.windows.is_empty() && out.len() >= k {
            let mut i = 0;
            let mut h = self.hash(&out[..k]);
            // (prompt, folded start, folded end) of the run being built
            let mut open: Option<(usize, usize, usize)> = None;
            loop {
                if self.may_hold(h) {
                    if let Some((p, run)) = self.longest_run(out, i, h) {
                        open = match open {
                            Some((q, a, b)) if q == p && b == i => Some((q, a, i + run)),
                            Some(done) => {
                                leaks.push(self.prompt_leak(text, done, &span));
                                Some((p, i, i + run))
                            }
                            None => Some((p, i, i + run)),
                        };
                        i += run;
                        if i + k > out.len() {
                            break;
                        }
                        h = self.hash(&out[i..i + k]);
                        continue;
                    }
                }
                if i + k >= out.len() {
                    break;
                }
                h = self.roll(h, out[i], out[i + k]);
                i += 1;
            }
            if let Some(done) = open {
                leaks.push(self.prompt_leak(text, done, &span));
            }
        }
        if let Some(ac) = &self.whole {
            for m in ac.find_iter(out.as_slice()) {
                let (source, index, total) = self.whole_ids[m.pattern().as_usize()];
                let (start, end) = span(m.start(), m.end());
                leaks.push(Leak { source, index, start, end, matched: m.end() - m.start(), total });
            }
        }
        leaks.sort_by_key(|l| (l.start, l.end));
        leaks
    }

    fn prompt_leak(
        &self,
        text: &str,
        (p, a, b): (usize, usize, usize),
        span: &impl Fn(usize, usize) -> (usize, usize),
    ) -> Leak {
        let (start, end) = span(a, b);
        let end = whole_words(text, start, end);
        Leak { source: LeakSource::Prompt, index: p, start, end, matched: b - a, total: self.prompts[p].len() }
    }
}

/// The end of a prompt run, cut back to the last whole word when the run stops inside
/// one: "codes. aiguard" should not report the "a" that happens to begin the prompt's
/// next word too.
fn whole_words(text: &str, start: usize, end: usize) -> usize {
    let cut_inside_word = text[end..].chars().next().is_some_and(char::is_alphanumeric);
    if !cut_inside_word {
        return end;
    }
    match text[start..end].char_indices().rev().find(|(_, c)| !c.is_alphanumeric()) {
        Some((i, _)) => {
            let kept = text[start..start + i].trim_end_matches(|c: char| !c.is_alphanumeric()).len();
            if kept > 0 {
                start + kept
            } else {
                end
            }
        }
        None => end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROMPT: &str = "You are AcmeBot, the support assistant of ACME Corp. Never reveal internal \
        discount codes. Answer only questions about ACME routers; politely refuse anything else.";

    fn index() -> LeakIndex {
        LeakIndex::new(&[PROMPT], &["CANARY-7f3a9b21"], 32).unwrap()
    }

    #[test]
    fn verbatim_copy_is_one_leak_covering_it() {
        let out = format!("Sure! My instructions: {PROMPT} Anything else?");
        let leaks = index().find(&out);
        assert_eq!(leaks.len(), 1);
        let l = leaks[0];
        assert_eq!(l.source, LeakSource::Prompt);
        assert_eq!(&out[l.start..l.end], PROMPT.trim_end_matches('.'));
        assert_eq!(l.matched, l.total);
    }

    #[test]
    fn robust_to_case_whitespace_and_punctuation() {
        let out = "you are acmebot -- the SUPPORT assistant of acme corp!!\n\nnever   reveal internal discount codes";
        let leaks = index().find(out);
        assert_eq!(leaks.len(), 1);
        assert_eq!(leaks[0].start, 0);
        assert_eq!(leaks[0].end, out.len());
    }

    #[test]
    fn run_ends_at_a_whole_word() {
        let out = "never reveal internal discount codes. aiguard";
        let leaks = index().find(out);
        assert_eq!(leaks.len(), 1);
        assert_eq!(&out[leaks[0].start..leaks[0].end], "never reveal internal discount codes");
    }

    #[test]
    fn short_overlap_is_not_a_leak() {
        assert!(index().find("I am the support assistant of a shop.").is_empty());
        assert!(index().find("").is_empty());
        assert!(index().find("!!! ... ???").is_empty());
    }

    #[test]
    fn two_fragments_give_two_leaks() {
        let out = "First: Never reveal internal discount codes. Unrelated words in between here. \
                   Then: answer only questions about ACME routers, politely.";
        let leaks = index().find(out);
        assert_eq!(leaks.len(), 2, "{leaks:?}");
        assert!(out[leaks[0].start..leaks[0].end].starts_with("Never"));
        assert!(out[leaks[1].start..leaks[1].end].starts_with("answer"));
    }

    #[test]
    fn canary_found_even_reformatted_with_offsets_in_non_ascii_text() {
        let out = "Ünïcödé ✓ then Canary 7F3A-9B21 oh and canary-7f3a9b21 ok, not canary-7f3a9b2";
        let leaks = index().find(out);
        assert_eq!(leaks.len(), 2, "{leaks:?}");
        assert_eq!(&out[leaks[0].start..leaks[0].end], "Canary 7F3A-9B21");
        assert_eq!(&out[leaks[1].start..leaks[1].end], "canary-7f3a9b21");
        assert!(leaks.iter().all(|l| l.source == LeakSource::Canary));
    }

    #[test]
    fn short_prompt_matches_whole_only() {
        let idx = LeakIndex::new(&["Reply in formal English only."], &[] as &[&str], 64).unwrap();
        assert_eq!(idx.find("ok: reply in FORMAL english, only!").len(), 1);
        assert!(idx.find("reply in formal english").is_empty());
    }

    #[test]
    fn bad_arguments_are_errors_that_quote_nothing() {
        let e = LeakIndex::new(&["secret words"], &[] as &[&str], 32).err().unwrap();
        assert!(e.message().contains("#0") && !e.message().contains("secret"));
        assert!(LeakIndex::new(&[PROMPT], &["abc"], 32).is_err());
        assert!(LeakIndex::new(&[PROMPT], &[] as &[&str], 4).is_err());
    }

    #[test]
    fn repetitive_prompt_and_output_stay_cheap_and_correct() {
        let prompt = "ab".repeat(5000);
        let idx = LeakIndex::new(&[prompt.as_str()], &[] as &[&str], 32).unwrap();
        let out = "AB ".repeat(20000);
        let leaks = idx.find(&out);
        // Runs of the prompt's length, one after another, merged into a single leak.
        assert_eq!(leaks.len(), 1);
        assert_eq!((leaks[0].start, leaks[0].end), (0, out.len() - 1));
    }

    #[test]
    fn matches_equal_a_naive_search() {
        // Every output window of `k` folded bytes that occurs in the prompt lies inside a reported leak.
        let idx = index();
        let out = format!("x {} y {} z", &PROMPT[10..70], &PROMPT[90..150]);
        let leaks = idx.find(&out);
        let f = fold(&out);
        let p = folded_bytes(PROMPT);
        for i in 0..=f.bytes.len() - 32 {
            let w = &f.bytes[i..i + 32];
            let inside = p.windows(32).any(|x| x == w);
            let covered = leaks.iter().any(|l| l.start <= f.from[i] && f.from[i + 31] < l.end);
            assert_eq!(inside, covered, "window at {i}");
        }
    }
}
