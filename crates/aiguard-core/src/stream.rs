//! Scanning a text that arrives in chunks (a model's answer as it streams).
//!
//! A [`StreamState`] keeps the tail of the stream that has not been judged yet. Once
//! at least a step of new bytes has arrived beyond the hold-back, it scans a window
//! (a lookback of judged text for context and word boundaries, then the unjudged tail)
//! with the ordinary [`Scanner::scan`], and judges everything up to a *cut*:
//! - `hold` bytes before the end of what has arrived, where `hold` is the longest reach
//!   of any rule (its longest match, the context it reads after the match, one more
//!   character for `\b`): no finding that starts before the cut can still change;
//! - moved back to the last ASCII whitespace, so a long token (a base64 payload, a
//!   secret) is judged whole, unless that whitespace is more than [`TOKEN_CAP`] back;
//! - moved back to where a rule whose reach is long (a PEM private key may span 12 KB)
//!   may start, while its keyword is in the tail and its reach has not arrived;
//! - moved back to the start of any finding that straddles it.
//!
//! Each finding is reported once, by the window in whose judged part it starts, and
//! lies wholly in the text released with it. Each byte is scanned about
//! `(step + hold + lookback) / step` times, so the work stays linear in the stream.
//! A hold longer than [`MAX_HOLD`] (a match that never ends) fails closed.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::error::{Error, ErrorKind, Result};
use crate::rule::{KindMask, Rule};
use crate::scanner::{Match, Scanner, UNBOUNDED_REACH};

/// Rules whose reach exceeds this hold the stream only around their keywords.
pub const LONG_REACH: usize = 320;
/// The cut does not move back further than this to reach whitespace.
pub const TOKEN_CAP: usize = 512;
/// Unjudged text beyond this many bytes fails the stream closed.
pub const MAX_HOLD: usize = 64 << 10;
/// Default number of new bytes that trigger a scan.
pub const DEFAULT_STEP: usize = 512;
/// One character of lookahead or lookbehind (`\b`), in bytes.
const ONE_CHAR: usize = 4;

/// How far a rule's outcome reaches around a match, derived once per scanner.
#[derive(Debug, Clone)]
pub struct StreamPlan {
    /// Bytes before the end of the arrived text that stay unjudged.
    pub hold: usize,
    /// Bytes of judged text rescanned before the unjudged tail.
    pub lookback: usize,
    /// Per rule: `(longest match in bytes or None if unbounded, reach, back)`.
    pub rule_reach: Vec<RuleReach>,
    long_keywords: Option<AhoCorasick>,
    /// Keyword pattern -> (rule, reach after the keyword, distance a match may start before it).
    long_patterns: Vec<(u32, usize, usize)>,
}

#[derive(Debug, Clone, Copy)]
pub struct RuleReach {
    /// Longest match in bytes, from the regex; `None`: unbounded, taken as
    /// [`UNBOUNDED_REACH`], the bound the scanner itself assumes (a longer match may be
    /// judged in pieces, as documented).
    pub max_len: Option<usize>,
    /// Bytes after a match's start that its outcome depends on.
    pub reach: usize,
    /// Bytes before a finding's start that its outcome depends on.
    pub back: usize,
    /// Whether the rule holds the stream only around its keywords.
    pub long: bool,
}

fn reach_of(rule: &Rule, max_len: Option<usize>) -> RuleReach {
    let len = max_len.unwrap_or(UNBOUNDED_REACH);
    let ctx = if rule.context.is_empty() { 0 } else { rule.context_window.unwrap_or(Rule::DEFAULT_CONTEXT_WINDOW) };
    let ctx_word = rule.context.iter().map(String::len).max().unwrap_or(0);
    let reads = |r: &Option<String>, bytes: usize| if r.is_some() { bytes } else { 0 };
    let reach = len + (ctx / 2 + ctx_word).max(reads(&rule.reject_after, Rule::AFTER)) + ONE_CHAR;
    let back = len + (ctx + ctx_word).max(reads(&rule.reject_before, Rule::BEFORE)) + ONE_CHAR;
    // A long rule is held around its keywords, so it needs some (in or near each match).
    let long = reach > LONG_REACH && !rule.effective_keywords().is_empty() && rule.keywords_also.is_empty();
    RuleReach { max_len, reach, back, long }
}

impl StreamPlan {
    /// Derives the hold-back of the scanner's rules of the given kinds.
    pub fn new(scanner: &Scanner, kinds: KindMask) -> Result<StreamPlan> {
        let rules = scanner.rules();
        let rule_reach: Vec<RuleReach> =
            rules.iter().enumerate().map(|(i, r)| reach_of(&r.rule, scanner.max_match_len(i as u32))).collect();
        let (mut hold, mut lookback) = (ONE_CHAR, ONE_CHAR);
        let mut patterns: Vec<String> = Vec::new();
        let mut long_patterns = Vec::new();
        for (idx, (r, rr)) in rules.iter().zip(&rule_reach).enumerate() {
            if !kinds.contains(r.rule.kind) {
                continue;
            }
            if !rr.long {
                hold = hold.max(rr.reach);
                lookback = lookback.max(rr.back);
                continue;
            }
            for kw in r.rule.effective_keywords() {
                for v in [kw.clone(), kw.to_lowercase(), kw.to_uppercase()] {
                    patterns.push(v);
                    // A match holding this keyword starts at most `back` before it and
                    // is settled `reach` after that start.
                    long_patterns.push((idx as u32, rr.reach + kw.len(), rr.back));
                }
            }
        }
        let long_keywords = if patterns.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .build(&patterns)
                    .map_err(|e| Error::new(ErrorKind::RuleCompile, format!("stream keyword automaton: {e}")))?,
            )
        };
        Ok(StreamPlan { hold, lookback, rule_reach, long_keywords, long_patterns })
    }
}

/// Text judged by one scan, with the findings that start in it (they end in it too).
#[derive(Debug, Clone)]
pub struct Release {
    /// The judged text, safe to show once its findings are handled.
    pub text: String,
    /// Byte offset of `text` in the whole stream.
    pub start: usize,
    /// Character (code point) offset of `text` in the whole stream.
    pub start_char: usize,
    /// Findings in byte offsets of the whole stream.
    pub findings: Vec<Match>,
}

/// The state of one stream. It holds no reference to the scanner, which each call takes.
#[derive(Debug, Clone)]
pub struct StreamState {
    kinds: KindMask,
    step: usize,
    /// Received text from byte `base` of the stream on.
    buf: String,
    base: usize,
    /// Everything before this byte offset is judged (and released).
    judged: usize,
    judged_chars: usize,
    /// Arrived bytes at which the next scan runs.
    next_scan: usize,
    /// An incomplete UTF-8 sequence at the end of the bytes fed so far.
    partial: Vec<u8>,
    closed: bool,
}

impl StreamState {
    pub fn new(kinds: KindMask, step: usize) -> StreamState {
        StreamState {
            kinds,
            // A step past the largest hold would fail every long answer closed (and an
            // absurd one would overflow the scan arithmetic).
            step: step.clamp(1, MAX_HOLD),
            buf: String::new(),
            base: 0,
            judged: 0,
            judged_chars: 0,
            next_scan: 0,
            partial: Vec::new(),
            closed: false,
        }
    }

    /// Bytes received (and decoded) so far.
    pub fn received(&self) -> usize {
        self.base + self.buf.len()
    }

    /// Bytes received but not judged yet: the current hold-back.
    pub fn held(&self) -> usize {
        self.received() - self.judged
    }

    /// Characters judged so far.
    pub fn judged_chars(&self) -> usize {
        self.judged_chars
    }

    /// Takes a chunk of text; returns what can now be judged, if anything.
    pub fn feed(&mut self, scanner: &Scanner, plan: &StreamPlan, chunk: &str) -> Result<Option<Release>> {
        self.check_open()?;
        if !self.partial.is_empty() {
            // A split character never completes with text: it was invalid.
            self.partial.clear();
            self.buf.push('\u{FFFD}');
        }
        self.buf.push_str(chunk);
        self.maybe_judge(scanner, plan)
    }

    /// Takes a chunk of UTF-8 bytes, which may split a character (kept until it completes;
    /// invalid bytes read as U+FFFD).
    pub fn feed_bytes(&mut self, scanner: &Scanner, plan: &StreamPlan, chunk: &[u8]) -> Result<Option<Release>> {
        self.check_open()?;
        let mut bytes = std::mem::take(&mut self.partial);
        bytes.extend_from_slice(chunk);
        let mut rest = &bytes[..];
        loop {
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    self.buf.push_str(s);
                    break;
                }
                Err(e) => {
                    let (ok, tail) = rest.split_at(e.valid_up_to());
                    // Valid by `valid_up_to`; the conversion cannot fail.
                    self.buf.push_str(std::str::from_utf8(ok).unwrap_or_default());
                    match e.error_len() {
                        None => {
                            self.partial = tail.to_vec();
                            break;
                        }
                        Some(n) => {
                            self.buf.push('\u{FFFD}');
                            rest = &tail[n..];
                        }
                    }
                }
            }
        }
        self.maybe_judge(scanner, plan)
    }

    /// Ends the stream: judges and releases everything still held.
    pub fn close(&mut self, scanner: &Scanner, plan: &StreamPlan) -> Result<Release> {
        self.check_open()?;
        if !self.partial.is_empty() {
            self.partial.clear();
            self.buf.push('\u{FFFD}');
        }
        self.closed = true;
        let release = self.judge(scanner, plan, true)?;
        Ok(release.unwrap_or_else(|| Release {
            text: String::new(),
            start: self.judged,
            start_char: self.judged_chars,
            findings: Vec::new(),
        }))
    }

    fn check_open(&self) -> Result<()> {
        if self.closed {
            return Err(Error::new(ErrorKind::Input, "the stream is closed"));
        }
        Ok(())
    }

    fn maybe_judge(&mut self, scanner: &Scanner, plan: &StreamPlan) -> Result<Option<Release>> {
        let end = self.received();
        if end < self.next_scan || end < self.judged + plan.hold + self.step {
            return Ok(None);
        }
        self.judge(scanner, plan, false)
    }

    fn judge(&mut self, scanner: &Scanner, plan: &StreamPlan, at_end: bool) -> Result<Option<Release>> {
        let end = self.received();
        let from = floor_boundary(&self.buf, self.judged.saturating_sub(plan.lookback).max(self.base) - self.base);
        let window = &self.buf[from..];
        let found: Vec<Match> = scanner
            .scan(window, self.kinds)
            .into_iter()
            .map(|m| Match { start: m.start + self.base + from, end: m.end + self.base + from, ..m })
            .collect();
        let cut = if at_end { end } else { self.cut(plan, from, &found) };
        // Rescan a long hold geometrically less often, so it costs linear time in total.
        self.next_scan = end + self.step.max((end - cut) / 2);
        if cut <= self.judged {
            if !at_end && end - self.judged > MAX_HOLD {
                self.closed = true;
                return Err(Error::new(
                    ErrorKind::Input,
                    format!("stream held more than {MAX_HOLD} bytes waiting for a match to end; failed closed"),
                ));
            }
            return Ok(None);
        }
        let findings: Vec<Match> = found.into_iter().filter(|m| m.start >= self.judged && m.start < cut).collect();
        let text = self.buf[self.judged - self.base..cut - self.base].to_string();
        let release = Release { start: self.judged, start_char: self.judged_chars, text, findings };
        self.judged_chars += release.text.chars().count();
        self.judged = cut;
        self.compact(plan);
        Ok(Some(release))
    }

    /// Where judging stops in a window whose text starts at `buf[from]`.
    fn cut(&self, plan: &StreamPlan, from: usize, found: &[Match]) -> usize {
        let end = self.received();
        let mut cut = end.saturating_sub(plan.hold).max(self.judged);
        if let Some(ac) = &plan.long_keywords {
            let abs = self.base + from;
            for m in ac.find_overlapping_iter(&self.buf[from..]) {
                let (rule, reach, back) = plan.long_patterns[m.pattern().as_usize()];
                let at = abs + m.start();
                if at < self.judged {
                    continue; // in the lookback: any match holding it was judged already
                }
                // A finding of the rule over this keyword that ended a hold-back ago is
                // settled (its end was followed by text that did not extend it).
                let settled =
                    found.iter().any(|f| f.rule == rule && f.start <= at && f.end > at && f.end + plan.hold <= end);
                if at + reach > end && !settled {
                    cut = cut.min(at.saturating_sub(back));
                }
            }
        }
        cut = cut.max(self.judged);
        // Back to the last whitespace, so that a token is judged whole.
        let lo = cut.saturating_sub(TOKEN_CAP).max(self.judged);
        let region = &self.buf.as_bytes()[lo - self.base..cut - self.base];
        if let Some(i) = region.iter().rposition(|b| b.is_ascii_whitespace()) {
            cut = lo + i + 1;
        }
        // Never inside a character, nor inside a finding.
        cut = self.base + floor_boundary(&self.buf, cut - self.base);
        for m in found.iter().rev() {
            if m.start < cut && m.end > cut {
                cut = m.start;
            }
        }
        cut.max(self.judged)
    }

    /// Drops judged text no later window will read again.
    fn compact(&mut self, plan: &StreamPlan) {
        let keep_from = self.judged.saturating_sub(plan.lookback + ONE_CHAR);
        let drop = floor_boundary(&self.buf, keep_from.saturating_sub(self.base));
        if drop > 4096 && drop * 2 > self.buf.len() {
            self.buf.drain(..drop);
            self.base += drop;
        }
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: &str = r#"
[[rule]]
id = "tok"
kind = "secret"
type = "tok"
severity = "high"
description = "d"
keywords = ["tok_"]
regex = '''\btok_(?P<value>[a-zA-Z0-9]{12})\b'''

[[rule]]
id = "pem"
kind = "secret"
type = "pem"
severity = "high"
description = "d"
keywords = ["BEGIN KEY"]
regex = '''BEGIN KEY[\s\S]{10,4000}?END KEY'''

[[rule]]
id = "digits"
kind = "pii"
type = "num"
severity = "low"
description = "d"
regex = '''\b\d{3}-\d{4}\b'''
context = ["call"]
"#;

    fn scanner() -> Scanner {
        crate::scanner::test_scanner(RULES)
    }

    fn run(s: &Scanner, plan: &StreamPlan, text: &str, chunk: usize, step: usize) -> (String, Vec<Match>) {
        let mut st = StreamState::new(KindMask::ALL, step);
        let (mut out, mut found) = (String::new(), Vec::new());
        let bytes = text.as_bytes();
        for piece in bytes.chunks(chunk) {
            if let Some(r) = st.feed_bytes(s, plan, piece).unwrap() {
                assert_eq!(r.start, out.len());
                out.push_str(&r.text);
                found.extend(r.findings);
            }
        }
        let r = st.close(s, plan).unwrap();
        out.push_str(&r.text);
        found.extend(r.findings);
        (out, found)
    }

    #[test]
    fn plan_reads_longest_matches() {
        let s = scanner();
        let plan = StreamPlan::new(&s, KindMask::ALL).unwrap();
        assert_eq!(plan.rule_reach[0].max_len, Some(16));
        assert!(plan.rule_reach[1].long && !plan.rule_reach[0].long);
        assert!(plan.hold < 100, "{}", plan.hold);
    }

    #[test]
    fn every_chunking_finds_what_the_whole_scan_finds() {
        let s = scanner();
        let plan = StreamPlan::new(&s, KindMask::ALL).unwrap();
        let mut text = String::new();
        for i in 0..40 {
            text.push_str(&format!("line {i} é😀 tok_aB3dE6gH9jK{} call 555-01{:02} ", i % 10, i));
            if i == 20 {
                text.push_str("BEGIN KEY\n");
                text.push_str(&"QUJDRA==\n".repeat(100));
                text.push_str("END KEY ");
            }
        }
        let whole = s.scan(&text, KindMask::ALL);
        assert!(whole.len() > 60);
        for (chunk, step) in [(1, 1), (1, 64), (3, 16), (16, 1024), (7, 200), (5000, 64)] {
            let (out, found) = run(&s, &plan, &text, chunk, step);
            assert_eq!(out, text);
            assert_eq!(found, whole, "chunk {chunk} step {step}");
        }
    }

    #[test]
    fn a_long_match_is_held_until_it_ends() {
        let s = scanner();
        let plan = StreamPlan::new(&s, KindMask::ALL).unwrap();
        let mut st = StreamState::new(KindMask::ALL, 16);
        let mut released = String::new();
        let mut feed = |t: &str| {
            if let Some(r) = st.feed(&s, &plan, t).unwrap() {
                released.push_str(&r.text);
            }
        };
        feed(&"word ".repeat(100));
        feed("BEGIN KEY ");
        for _ in 0..50 {
            feed("QUJDRA== ");
        }
        assert!(!released.contains("BEGIN"), "released before its end arrived");
    }

    #[test]
    fn an_endless_hold_fails_closed() {
        let s = scanner();
        let plan = StreamPlan::new(&s, KindMask::ALL).unwrap();
        let mut st = StreamState::new(KindMask::ALL, 1024);
        // One token that never ends, holding a finding that grows with it.
        let rules = r#"
[[rule]]
id = "run"
kind = "secret"
type = "run"
severity = "high"
description = "d"
keywords = ["run_"]
regex = '''run_[a-z]+'''
"#;
        let s2 = crate::scanner::test_scanner(rules);
        let plan2 = StreamPlan::new(&s2, KindMask::ALL).unwrap();
        st.feed(&s2, &plan2, "run_").unwrap();
        let mut failed = false;
        let mut seed = 7u32;
        for _ in 0..(MAX_HOLD / 1000) * 3 {
            let piece: String = (0..1000)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    (b'a' + (seed >> 16) as u8 % 26) as char
                })
                .collect();
            if st.feed(&s2, &plan2, &piece).is_err() {
                failed = true;
                break;
            }
        }
        assert!(failed);
        assert!(st.feed(&s, &plan, "x").is_err(), "a failed stream stays closed");
    }
}
