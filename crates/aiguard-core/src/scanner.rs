//! Compile once, scan many.
//!
//! A [`Scanner`] is built from rules into an immutable, `Send + Sync` object:
//! one Aho-Corasick automaton over every rule keyword (the prefilter), one regex per
//! rule, and one multi-pattern lazy DFA pass for the rules that have no keyword
//! ([`crate::keywordless`]).
//! A scan runs the prefilter once, then confirms only the rules whose keyword
//! appeared (or whose pattern the set pass saw), then validates each match.
//!
//! # Performance
//! Most text holds no finding: the prefilter proves that in one pass at memory
//! speed. Confirmation does not search the whole text either: a rule whose matches
//! all begin with a few literal strings (see [`crate::prefix`]) is tried anchored where
//! they occur near a keyword hit; another runs in windows around its keyword hits (a
//! keyword must lie within the rule's reach of any match, where the reach is the
//! regex's longest possible match, or [`UNBOUNDED_REACH`] for a regex without one,
//! stretched over runs of spaces and punctuation so that padding does not hide a
//! phrase; for a rule woken by its context words, widened by its context window). A
//! keyword-less rule runs in windows of its reach before the ends of its matches that
//! the set pass saw. Confirmation so costs in proportion to the hits, not the text,
//! and each byte is read a bounded number of times.
//!
//! # Untrusted input
//! Every regex runs in time linear in the text (Rust `regex`, no backtracking), and
//! a rule whose regex would blow the size limits is refused when it is compiled.

use rayon::prelude::*;
use regex::{RegexSet, RegexSetBuilder};
use regex_automata::meta::Regex;
use regex_automata::{Anchored, Input};
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use crate::error::{Error, Result};
use crate::keywordless::{End, KeywordlessSet};
use crate::keywords::{Edges, Hit, Keyword, Keywords, Lanes, PatternSet, Reached};
use crate::normalize;
use crate::prefix;
use crate::rule::{Group, Kind, KindMask, Rule};
use crate::rulesets;
use crate::validate::{self, Validator};
use crate::value_split::ValueSplit;

const REGEX_SIZE_LIMIT: usize = 32 << 20;
/// Group bits of the prefilter: a rule's `keywords` seen, its `keywords_also` seen.
const KEYWORDS: u8 = 1;
const KEYWORDS_ALSO: u8 = 2;
/// Role of a prefilter pattern that wakes nothing but marks where a rule's match may
/// begin (see [`crate::prefix`]).
const ANCHOR: u8 = 4;

/// Whether `b` is part of a word, as the scanner's ASCII `\b` sees it.
pub(crate) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}
const DFA_SIZE_LIMIT: usize = 16 << 20;
/// How far from a keyword hit a match of a rule with no longest match may lie.
pub const UNBOUNDED_REACH: usize = 256;
/// When a rule's windows would cover more than this share of the text, one pass over
/// the whole text is cheaper than many small searches.
const WHOLE_TEXT_SHARE: f64 = 0.5;

/// One finding, in UTF-8 byte offsets of the scanned text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match {
    /// Index of the rule in [`Scanner::rules`].
    pub rule: u32,
    pub start: usize,
    pub end: usize,
    /// Confidence in [0, 1].
    pub score: f32,
    /// The view the finding was made in (`None`: the text as given; else e.g.
    /// `"normalized"`, `"base64"`): see [`crate::normalize`].
    pub via: Option<&'static str>,
}

/// A rule together with what it was loaded from.
#[derive(Debug, Clone)]
pub struct SourcedRule {
    pub source: String,
    pub rule: Rule,
}

struct CompiledRule {
    /// Built on the rule's first use when the rule is built in (see [`Scanner::new`]).
    regex: OnceLock<Regex>,
    /// The regex as compiled (word boundaries made ASCII).
    pattern: String,
    group: usize,
    /// For a regex that ends with its value group (`group`), the value found without a
    /// capture search (see [`CompiledRule::value_split`]).
    split: OnceLock<Option<ValueSplit>>,
    /// How far from a keyword hit a match may reach: its longest possible length.
    reach: Option<usize>,
    /// How much further a match may lie from the hit of a keyword that is a context word
    /// (a rule whose context words are its keywords): up to the context window, since a
    /// word that far vouches for the match. 0 for other rules.
    context_reach: usize,
    /// Every match begins with one of the rule's anchors (prefilter patterns): the
    /// regex is tried anchored at their hits instead of searching.
    anchored: bool,
    /// The role (`ANCHOR` or `KEYWORDS`) of the prefilter patterns whose hits place
    /// where the regex runs; 0 for a keyword-less rule, which runs on the whole text.
    placed_by: u8,
    validators: Vec<Validator>,
    allow: Option<RegexSet>,
    /// What may not lie just before / after a value (see [`Rule::reject_before`]).
    reject_before: Option<regex::Regex>,
    reject_after: Option<regex::Regex>,
    /// Context words, lower-cased once here.
    context: Vec<String>,
    kind: Kind,
}

/// The lists of a scan's prefilter, kept by each thread from scan to scan: a 2 KB
/// prompt has hundreds of keyword hits, and allocating and freeing their lists anew
/// cost a tenth of its scan.
#[derive(Default)]
struct Scratch {
    reached: Vec<Reached>,
    hits: Vec<Hit>,
    lanes: Lanes,
    /// Rule -> the group bits its hits showed.
    seen: Vec<u8>,
    /// The patterns whose rules a hit already woke.
    woke: PatternSet,
    /// The anchor-only patterns of the rules that woke.
    live: PatternSet,
    /// Rule -> its place among the triggered rules (`u32::MAX`: not triggered).
    slot: Vec<u32>,
    /// The hits each triggered rule's plan reads: list 2i the hits that place the i-th,
    /// list 2i + 1 the keyword hits that vouch for its anchors. Kept, not freed, so
    /// that a scan allocates none of them anew.
    lists: Vec<Vec<(usize, usize)>>,
    /// Where the set pass saw the keyword-less rules' matches end: (their index in
    /// [`Scanner::keywordless`], first end, last end), ends within the rule's reach of
    /// each other merged; empty for a rule with no longest match.
    ends: Vec<(u32, usize, usize)>,
    /// (pattern, lane) -> its entry in `ends` that the lane's next end may extend.
    last_end: Vec<u32>,
    /// The set pass could not tell where: every keyword-less rule runs on the whole text.
    ends_unknown: bool,
    plan: PlanBuffers,
}

impl Scratch {
    /// Lists that grew past this many hits are freed after the scan, not kept.
    const KEEP_HITS: usize = 1 << 16;

    fn with<T>(work: impl FnOnce(&mut Scratch) -> T) -> T {
        thread_local! {
            static SCRATCH: RefCell<Scratch> = RefCell::default();
        }
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut scratch) => {
                let out = work(&mut scratch);
                if scratch.hits.capacity() > Self::KEEP_HITS
                    || scratch.reached.capacity() > Self::KEEP_HITS
                    || scratch.lanes.capacity() > Self::KEEP_HITS
                    || scratch.lists.iter().any(|l| l.capacity() > Self::KEEP_HITS)
                    || scratch.ends.capacity() > Self::KEEP_HITS
                    || scratch.plan.starts.capacity() > Self::KEEP_HITS
                    || scratch.plan.windows.capacity() > Self::KEEP_HITS
                {
                    *scratch = Scratch::default();
                }
                out
            }
            // Only a scan inside a scan on this thread (none does so today) gets here.
            Err(_) => work(&mut Scratch::default()),
        })
    }
}

/// How a triggered rule's regex runs on a text.
enum Plan<'a> {
    /// Searched within these windows, in order.
    Search(&'a [Range<usize>]),
    /// Tried anchored at these positions (its keyword hits), in order.
    AtHits(&'a [usize]),
}

/// Where a rule's plan is written: kept in the scratch, so that planning allocates nothing.
#[derive(Default)]
struct PlanBuffers {
    starts: Vec<usize>,
    windows: Vec<Range<usize>>,
}

/// What of a rule depends on that rule alone: built for every rule at once.
struct Built {
    pattern: String,
    /// Empty for a built-in rule, whose regex is built on its first use.
    regex: OnceLock<Regex>,
    reach: Option<usize>,
    anchors: Option<prefix::Anchors>,
    group: usize,
    allow: Option<RegexSet>,
    reject_before: Option<regex::Regex>,
    reject_after: Option<regex::Regex>,
}

impl Built {
    fn new(source: &str, rule: &Rule) -> Result<Built> {
        let pattern = ascii_word_boundaries(&rule.regex);
        let hir = regex_syntax::parse(&pattern).ok();
        let regex = OnceLock::new();
        let group = match &hir {
            Some(hir) if source.starts_with(rulesets::BUILTIN_SOURCE) => {
                resolve_group(source, rule, &GroupNames::of(hir))?
            }
            _ => {
                let built = build_regex(&pattern).map_err(|e| Error::rule_compile(source, &rule.id, e))?;
                let group = resolve_group(source, rule, &GroupNames::of_regex(&built))?;
                let _ = regex.set(built);
                group
            }
        };
        // A value group that spans the whole match but for zero-width assertions
        // (`\b(?P<value>eyJ…)`) is the match itself: no capture search, which a regex of
        // tens of thousands of states pays for at every finding.
        let group = if hir.as_ref().and_then(whole_match_group) == Some(group) { 0 } else { group };
        let reach = hir.as_ref().and_then(|h| h.properties().maximum_len());
        let anchors = hir.as_ref().and_then(prefix::leading_strings);
        let allow = if rule.allow.is_empty() {
            None
        } else {
            Some(
                RegexSetBuilder::new(rule.allow.iter().map(|a| ascii_word_boundaries(a)))
                    .size_limit(REGEX_SIZE_LIMIT)
                    .build()
                    .map_err(|e| {
                        Error::rule_compile(source, &rule.id, format!("allow pattern: {}", first_line(&e.to_string())))
                    })?,
            )
        };
        let around = |pattern: &Option<String>, what: &str, anchored: fn(&str) -> String| {
            pattern
                .as_deref()
                .map(|p| {
                    regex::RegexBuilder::new(&anchored(&ascii_word_boundaries(p))).size_limit(REGEX_SIZE_LIMIT).build()
                })
                .transpose()
                .map_err(|e| Error::rule_compile(source, &rule.id, format!("{what}: {}", first_line(&e.to_string()))))
        };
        let reject_before = around(&rule.reject_before, "reject_before", |p| format!("(?:{p})\\z"))?;
        let reject_after = around(&rule.reject_after, "reject_after", |p| format!("\\A(?:{p})"))?;
        Ok(Built { pattern, regex, reach, anchors, group, allow, reject_before, reject_after })
    }
}

fn build_regex(pattern: &str) -> std::result::Result<Regex, String> {
    Regex::builder()
        .configure(Regex::config().nfa_size_limit(Some(REGEX_SIZE_LIMIT)).hybrid_cache_capacity(DFA_SIZE_LIMIT))
        .build(pattern)
        .map_err(|e| first_line(&e.to_string()))
}

impl CompiledRule {
    /// The rule's regex, built now if this is its first use.
    #[expect(
        clippy::panic,
        reason = "unreachable: only a built-in rule gets here unbuilt (user source names may not pose as \
                  built-in), the rulesets are embedded at compile time, building is deterministic, and \
                  the test `builtin_rules_all_build` builds every one; were it reached, the FFI guard \
                  would turn it into an error, the scan failing closed"
    )]
    fn regex(&self) -> &Regex {
        self.regex.get_or_init(|| {
            build_regex(&self.pattern).unwrap_or_else(|e| panic!("built-in rule regex does not build: {e}"))
        })
    }

    /// The rule's value split (see [`ValueSplit`]), built on first use; `None` for a regex
    /// that does not end with its value group, or whose split does not build.
    fn value_split(&self) -> Option<&ValueSplit> {
        self.split
            .get_or_init(|| (self.group != 0).then(|| ValueSplit::of(&self.pattern, self.group)).flatten())
            .as_ref()
    }
}

pub struct Scanner {
    rules: Vec<SourcedRule>,
    compiled: Vec<CompiledRule>,
    prefilter: Option<Keywords>,
    /// Prefilter pattern index -> the rules that keyword counts for, with the group bit
    /// it sets (`KEYWORDS` or `KEYWORDS_ALSO`).
    pattern_rules: Vec<Vec<(u32, u8)>>,
    /// Rule index -> the group bits a text must show for the rule to run.
    needs: Vec<u8>,
    /// Rule index -> the anchor-only patterns that place it.
    anchors_of: Vec<Vec<u32>>,
    /// Prefilter pattern index -> the rules whose plan reads its hits: those it places,
    /// and (`true`) the anchored rules it is a keyword of, whose anchors count only
    /// near its hits. `readers[reader_at[p]..reader_at[p + 1]]`, one flat list.
    readers: Vec<(u32, bool)>,
    reader_at: Vec<u32>,
    keywordless: Vec<u32>,
    keywordless_set: Option<KeywordlessSet>,
}

impl Scanner {
    /// Compiles rules. Fails with the rule id and cause on the first rule that does not compile.
    pub fn new(rules: Vec<SourcedRule>) -> Result<Scanner> {
        crate::rule::check_unique_ids(rules.iter().map(|r| (r.source.as_str(), &r.rule)))?;
        let mut compiled = Vec::with_capacity(rules.len());
        let mut keyword_ids: HashMap<(String, Edges, bool), usize> = HashMap::new();
        let mut patterns: Vec<Keyword> = Vec::new();
        let mut pattern_rules: Vec<Vec<(u32, u8)>> = Vec::new();
        let mut needs = Vec::with_capacity(rules.len());
        let mut keywordless = Vec::new();
        let mut keywordless_patterns = Vec::new();

        // The regexes take most of the time (milliseconds a rule, Unicode classes and case
        // folding): built for all rules at once on every core. The first failing rule in
        // file order is the one reported, as a sequential build would.
        let built: Vec<Result<Built>> = rules.par_iter().map(|r| Built::new(&r.source, &r.rule)).collect();
        for ((idx, SourcedRule { source: _, rule }), built) in rules.iter().enumerate().zip(built) {
            let idx = idx as u32;
            let Built { pattern, regex, reach, anchors, group, allow, reject_before, reject_after } = built?;
            let validators = rule.validate.iter().filter_map(|n| validate::lookup(n)).collect();
            let keywords = rule.effective_keywords();
            if keywords.is_empty() {
                keywordless.push(idx);
                keywordless_patterns.push(pattern.clone());
            }
            needs.push(if rule.keywords_also.is_empty() { KEYWORDS } else { KEYWORDS | KEYWORDS_ALSO });
            let groups = [(keywords, KEYWORDS), (&rule.keywords_also[..], KEYWORDS_ALSO)];
            let anchor_role = anchors
                .iter()
                .flat_map(|a| a.strings.iter().map(|s| (s, ANCHOR, Edges { start: a.word_start, end: false })));
            let exact = rule.keywords_match_case;
            let keyword_roles = groups.iter().flat_map(|(ks, bit)| {
                ks.iter().map(move |k| {
                    let alnum = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
                    let edges = Edges {
                        start: rule.keywords_start_words() && alnum(k.as_bytes().first()),
                        end: rule.keywords_end_words && alnum(k.as_bytes().last()),
                    };
                    (k, *bit, edges)
                })
            });
            // Keyword-less rules search the whole text whatever their anchors.
            let anchor_role = anchor_role.filter(|_| !keywords.is_empty());
            for (kw, bit, edges) in keyword_roles.chain(anchor_role) {
                let exact = exact && bit != ANCHOR;
                let variants = if exact { vec![kw.clone()] } else { keyword_variants(kw) };
                for variant in variants {
                    // An anchor may share a keyword's pattern that counts in the same places.
                    let key = (variant.clone(), edges, exact);
                    let pid = keyword_ids.get(&key).copied().unwrap_or_else(|| {
                        keyword_ids.insert(key, patterns.len());
                        patterns.push(Keyword { text: variant, edges, exact, wakes: false });
                        pattern_rules.push(Vec::new());
                        patterns.len() - 1
                    });
                    if !pattern_rules[pid].contains(&(idx, bit)) {
                        pattern_rules[pid].push((idx, bit));
                    }
                }
            }
            compiled.push(CompiledRule {
                regex,
                pattern,
                group,
                split: OnceLock::new(),
                reach,
                context_reach: if rule.woken_by_context() {
                    rule.context_window.unwrap_or(Rule::DEFAULT_CONTEXT_WINDOW)
                } else {
                    0
                },
                anchored: anchors.is_some() && !keywords.is_empty(),
                placed_by: match (keywords.is_empty(), anchors.is_some()) {
                    (true, _) => 0,
                    (false, true) => ANCHOR,
                    (false, false) => KEYWORDS,
                },
                validators,
                allow,
                reject_before,
                reject_after,
                context: rule.context.iter().map(|c| c.to_lowercase()).collect(),
                kind: rule.kind,
            });
        }

        let mut anchors_of = vec![Vec::new(); rules.len()];
        for (p, roles) in pattern_rules.iter().enumerate() {
            if roles.iter().any(|&(_, bit)| bit != ANCHOR) {
                patterns[p].wakes = true;
            } else {
                roles.iter().for_each(|&(r, _)| anchors_of[r as usize].push(p as u32));
            }
        }
        let (mut readers, mut reader_at) = (Vec::new(), vec![0]);
        for roles in &pattern_rules {
            for &(r, bit) in roles {
                let cr: &CompiledRule = &compiled[r as usize];
                if bit == cr.placed_by {
                    readers.push((r, false));
                } else if cr.anchored && bit == KEYWORDS {
                    readers.push((r, true));
                }
            }
            reader_at.push(readers.len() as u32);
        }
        let prefilter = if patterns.is_empty() { None } else { Some(Keywords::new(&patterns)?) };
        let keywordless_set = if keywordless_patterns.is_empty() {
            None
        } else {
            Some(KeywordlessSet::new(&keywordless_patterns, REGEX_SIZE_LIMIT, DFA_SIZE_LIMIT)?)
        };
        Ok(Scanner {
            rules,
            compiled,
            prefilter,
            pattern_rules,
            needs,
            anchors_of,
            readers,
            reader_at,
            keywordless,
            keywordless_set,
        })
    }

    pub fn rules(&self) -> &[SourcedRule] {
        &self.rules
    }

    /// Builds now, on every core, the regexes of the built-in rules, which are otherwise
    /// built on each rule's first use: for a service that wants no first-scan latency.
    pub fn build_all(&self) {
        self.compiled.par_iter().for_each(|cr| {
            cr.regex();
            cr.value_split();
        });
    }

    /// Every finding of the rules of the given kinds, sorted by position: in the text
    /// as given, and in its normalized and decoded views (mapped back to the text).
    pub fn scan(&self, text: &str, kinds: KindMask) -> Vec<Match> {
        self.scan_with_views(text, kinds, false)
    }

    /// Every finding as (start, end, rule id), in char offsets of `text` (Python `str`
    /// offsets): for the tools and tests that compare findings with labelled data.
    pub fn scan_char_spans(&self, text: &str, kinds: KindMask) -> Vec<(usize, usize, &str)> {
        let found = self.scan(text, kinds);
        let spans = crate::offsets::char_spans(text, &found);
        found.iter().zip(spans).map(|(m, (s, e))| (s, e, self.rules[m.rule as usize].rule.id.as_str())).collect()
    }

    /// The same scan with the prefilter switched off: every rule's regex runs on the
    /// whole text and views. Slow; it exists to prove the prefilter loses nothing.
    pub fn scan_exhaustive(&self, text: &str, kinds: KindMask) -> Vec<Match> {
        self.scan_with_views(text, kinds, true)
    }

    fn scan_with_views(&self, text: &str, kinds: KindMask, exhaustive: bool) -> Vec<Match> {
        let mut out = self.scan_one(text, kinds, exhaustive);
        // (rule, start, end) of what is found so far; a rule's spans never overlap each
        // other, so a new span overlaps one of them iff it overlaps the last that starts
        // before its end. Sorted, so that a large text with many findings stays linear.
        let mut found: Vec<(u32, usize, usize)> =
            out.iter().map(|m| (m.rule, m.start, m.end.max(m.start + 1))).collect();
        found.sort_unstable();
        for view in normalize::views(text, kinds.contains(Kind::Injection)) {
            let vk = KindMask(kinds.0 & view.kinds.0);
            for m in self.scan_one(&view.text, vk, exhaustive) {
                let (start, end) = view.map(m.start, m.end);
                let at = found.partition_point(|&(r, s, _)| (r, s) < (m.rule, end.max(start + 1)));
                if at > 0 && found[at - 1].0 == m.rule && found[at - 1].2 > start {
                    continue; // already found in the text itself, or in an earlier view
                }
                found.insert(at, (m.rule, start, end.max(start + 1)));
                out.push(Match { start, end, via: Some(view.via), ..m });
            }
        }
        self.drop_generic_overlaps(&mut out);
        self.drop_pii_inside_secrets(&mut out);
        out.sort_by_key(|a| (a.start, a.end, a.rule));
        out
    }

    fn scan_one(&self, text: &str, kinds: KindMask, exhaustive: bool) -> Vec<Match> {
        let mut out = Vec::new();
        if exhaustive {
            let whole = 0..text.len();
            for r in (0..self.compiled.len() as u32).filter(|&r| kinds.contains(self.compiled[r as usize].kind)) {
                self.confirm(text, r, Plan::Search(std::slice::from_ref(&whole)), &mut out);
            }
            return out;
        }
        Scratch::with(|scratch| {
            let rules = self.prefilter(text, kinds, scratch);
            self.each_plan(text, &rules, scratch, |r, plan| self.confirm(text, r, plan, &mut out));
        });
        out
    }

    /// Calls `run` with each triggered rule and its plan: from the hits of its placing
    /// patterns (and, for an anchored rule, of its keywords), gathered in one pass over
    /// the hits.
    fn each_plan(&self, text: &str, rules: &[u32], scratch: &mut Scratch, mut run: impl FnMut(u32, Plan)) {
        // Filled afresh each scan: nothing carries over from a scan that did not finish.
        let Scratch { hits, slot, lists, ends, ends_unknown, plan: buffers, .. } = scratch;
        slot.clear();
        slot.resize(self.compiled.len(), u32::MAX);
        for (i, &r) in rules.iter().enumerate() {
            slot[r as usize] = i as u32;
        }
        if lists.len() < 2 * rules.len() {
            lists.resize(2 * rules.len(), Vec::new());
        }
        lists[..2 * rules.len()].iter_mut().for_each(Vec::clear);
        for &(p, s, e) in hits.iter() {
            let readers = &self.readers[self.reader_at[p as usize] as usize..self.reader_at[p as usize + 1] as usize];
            for &(r, near) in readers {
                let i = slot[r as usize];
                if i != u32::MAX {
                    lists[2 * i as usize + near as usize].push((s, e));
                }
            }
        }
        for &(k, first, last) in ends.iter() {
            let i = slot[self.keywordless[k as usize] as usize];
            if i != u32::MAX {
                lists[2 * i as usize].push((first, last));
            }
        }
        let ends_known = !*ends_unknown;
        for (i, &r) in rules.iter().enumerate() {
            run(r, self.plan(text, r, &lists[2 * i], &lists[2 * i + 1], ends_known, buffers));
        }
    }

    /// The rules worth running on `text`: those whose keyword groups are present (a
    /// keyword that must start a word counts only there), and the keyword-less ones
    /// whose pattern the set pass saw.
    pub fn triggered_rules(&self, text: &str, kinds: KindMask) -> Vec<u32> {
        Scratch::with(|scratch| self.prefilter(text, kinds, scratch))
    }

    /// For diagnostics: how rule `r`'s regex runs once woken ("anchored" at its leads,
    /// in "windows" of its longest match or of [`UNBOUNDED_REACH`], in "windows at the
    /// set's ends" for a keyword-less rule, or over the "whole text" for one with no
    /// longest match), and its longest match if it has one.
    pub fn strategy(&self, r: u32) -> (&'static str, Option<usize>) {
        let cr = &self.compiled[r as usize];
        let how = if cr.placed_by == 0 {
            if cr.reach.is_some() {
                "windows at the set's ends"
            } else {
                "whole text"
            }
        } else if cr.anchored {
            "anchored"
        } else if cr.reach.is_some() {
            "windows"
        } else {
            "windows (unbounded)"
        };
        (how, cr.reach)
    }

    /// The longest match of rule `r`'s regex in UTF-8 bytes, or `None` when it has no
    /// bound (a match is then assumed to lie within [`UNBOUNDED_REACH`] of its keyword).
    pub fn max_match_len(&self, r: u32) -> Option<usize> {
        self.compiled[r as usize].reach
    }

    /// For diagnostics: each rule the prefilter wakes on `text`, with how its regex
    /// will run there ("at N hits" or "N bytes of windows").
    pub fn explain(&self, text: &str, kinds: KindMask) -> Vec<(u32, String)> {
        let mut out = Vec::new();
        Scratch::with(|scratch| {
            let rules = self.prefilter(text, kinds, scratch);
            self.each_plan(text, &rules, scratch, |r, plan| {
                out.push(match plan {
                    Plan::AtHits(h) => (r, format!("anchored at {} hits", h.len())),
                    Plan::Search(w) => {
                        (r, format!("search {} bytes in {} windows", w.iter().map(|w| w.len()).sum::<usize>(), w.len()))
                    }
                })
            })
        });
        out
    }

    /// The triggered rules; the hits that wake or place them, as (pattern, start, end),
    /// are left in `scratch.hits`.
    fn prefilter(&self, text: &str, kinds: KindMask, scratch: &mut Scratch) -> Vec<u32> {
        let Scratch { reached, hits, lanes, seen, woke, live, ends, last_end, ends_unknown, .. } = scratch;
        reached.clear();
        hits.clear();
        seen.clear();
        seen.resize(self.compiled.len(), 0);
        if let Some(keywords) = &self.prefilter {
            keywords.walk(text.as_bytes(), reached, lanes);
            keywords.waking_hits(text.as_bytes(), reached, hits);
        }
        // A common word may stand for many rules: wake them on its first hit only.
        woke.reset(self.pattern_rules.len());
        for &(p, _, _) in hits.iter() {
            if woke.add(p) {
                for &(r, bit) in &self.pattern_rules[p as usize] {
                    seen[r as usize] |= bit;
                }
            }
        }
        ends.clear();
        *ends_unknown = false;
        if let Some(set) = &self.keywordless_set {
            let keywordless = &self.keywordless;
            last_end.clear();
            last_end.resize(keywordless.len() * KeywordlessSet::LANES_REPORTING, u32::MAX);
            // More entries than this (text made to match everywhere) and the rules run
            // on the whole text instead: the list stays small whatever the input.
            let most = text.len() / 64 + 256;
            let walked = set.each_match(text.as_bytes(), |End { pattern, end, lane }| {
                let r = keywordless[pattern] as usize;
                seen[r] = KEYWORDS | KEYWORDS_ALSO;
                let Some(reach) = self.compiled[r].reach else { return };
                let last = &mut last_end[pattern * KeywordlessSet::LANES_REPORTING + lane];
                let count = ends.len();
                match ends.get_mut(*last as usize) {
                    Some(entry) if entry.2 + reach >= end => entry.2 = end,
                    _ if count < most => {
                        *last = count as u32;
                        ends.push((pattern as u32, end, end));
                    }
                    _ => *ends_unknown = true,
                }
            });
            if walked.is_err() {
                // cannot tell which occur: run them all rather than miss one
                keywordless.iter().for_each(|&r| seen[r as usize] = KEYWORDS | KEYWORDS_ALSO);
                *ends_unknown = true;
            }
        }
        let triggered: Vec<u32> = (0..self.compiled.len())
            .filter(|&r| seen[r] & self.needs[r] == self.needs[r] && kinds.contains(self.compiled[r].kind))
            .map(|r| r as u32)
            .collect();
        // Common words lead many rules' matches ("the", "you"): their hits are read only
        // for the rules that woke.
        live.reset(self.pattern_rules.len());
        let mut any = false;
        for &r in &triggered {
            for &p in &self.anchors_of[r as usize] {
                live.insert(p);
                any = true;
            }
        }
        if let (true, Some(keywords)) = (any, &self.prefilter) {
            keywords.anchor_hits(text.as_bytes(), reached, live, hits);
        }
        triggered
    }

    /// How rule `r`'s regex runs on `text`: anchored at the hits of its anchors (the
    /// literal leads of its matches) that lie within its reach of a keyword hit
    /// (`near`), when it has anchors; else in windows of its reach around each keyword
    /// hit, or for a keyword-less rule around the ends of its matches that the set pass
    /// saw (`own`, when `ends_known`); over the whole text for a keyword-less rule with
    /// no longest match, or when the windows would cover most of the text. Positions lie
    /// on character boundaries.
    fn plan<'a>(
        &self,
        text: &str,
        r: u32,
        own: &[(usize, usize)],
        near: &[(usize, usize)],
        ends_known: bool,
        buffers: &'a mut PlanBuffers,
    ) -> Plan<'a> {
        let cr = &self.compiled[r as usize];
        let PlanBuffers { starts, windows } = buffers;
        windows.clear();
        if cr.placed_by == 0 && !(ends_known && cr.reach.is_some()) {
            windows.push(0..text.len());
            return Plan::Search(windows);
        }
        if cr.anchored {
            // A match begins within its reach of a keyword hit, as in a window: an
            // anchor elsewhere (a common lead such as "you" in a long text) cannot
            // begin one, and trying it would cost a regex search for nothing.
            starts.clear();
            starts.extend(own.iter().map(|&(s, _)| s));
            starts.sort_unstable();
            starts.dedup();
            // In a text no longer than the reach, every anchor is near every hit.
            if text.len() > cr.reach.unwrap_or(UNBOUNDED_REACH) + cr.context_reach {
                self.windows(text, r, near, windows);
                let mut w = windows.iter().peekable();
                starts.retain(|&s| {
                    while w.next_if(|w| w.end < s).is_some() {}
                    w.peek().is_some_and(|w| w.start <= s)
                });
            }
            return Plan::AtHits(starts);
        }
        self.windows(text, r, own, windows);
        let covered: usize = windows.iter().map(|w| w.len()).sum();
        if windows.is_empty() || covered as f64 > WHOLE_TEXT_SHARE * text.len() as f64 {
            windows.clear();
            windows.push(0..text.len());
        }
        Plan::Search(windows)
    }

    /// Where rule `r`'s matches may begin, given the hits of its keywords: within its
    /// reach of a hit (for a rule with no longest match, [`UNBOUNDED_REACH`] stretched
    /// over gaps), and further by its context window for a rule woken by its context
    /// words. Sorted and merged, into `windows` (empty before).
    fn windows(&self, text: &str, r: u32, hits: &[(usize, usize)], windows: &mut Vec<Range<usize>>) {
        let (reach, extra) = (self.compiled[r as usize].reach, self.compiled[r as usize].context_reach);
        for &(s, e) in hits {
            let (lo, hi) = match reach {
                Some(n) => (s.saturating_sub(n + extra), (e + n + extra).min(text.len())),
                None => stretch_over_gaps(
                    text,
                    s.saturating_sub(UNBOUNDED_REACH + extra),
                    (e + UNBOUNDED_REACH + extra).min(text.len()),
                ),
            };
            let w = floor_char_boundary(text, lo)..ceil_char_boundary(text, hi);
            match windows.last_mut() {
                Some(last) if w.start <= last.end => {
                    last.start = last.start.min(w.start);
                    last.end = last.end.max(w.end);
                }
                _ => windows.push(w),
            }
        }
        // Hits come in order of their end, so starts may step back a little: merge again.
        windows.sort_unstable_by_key(|w| w.start);
        windows.dedup_by(|next, last| {
            let overlaps = next.start <= last.end;
            if overlaps {
                last.end = last.end.max(next.end);
            }
            overlaps
        });
    }

    /// Runs rule `r`'s regex as `plan` says, and appends the findings it confirms to `out`.
    fn confirm(&self, text: &str, r: u32, plan: Plan, out: &mut Vec<Match>) {
        let cr = &self.compiled[r as usize];
        let rule = &self.rules[r as usize].rule;
        let mut caps = None; // made on the first match that needs its value group
        let mut emit = |m: regex_automata::Match| {
            let (start, end) = if cr.group == 0 {
                (m.start(), m.end())
            } else {
                // The value group: where the match splits, when two DFA walks settle it,
                // else from a capture search over exactly the match.
                match cr.value_split().and_then(|split| split.value(text, m.start(), m.end())) {
                    Some(span) => span,
                    None => {
                        let caps = caps.get_or_insert_with(|| cr.regex().create_captures());
                        let exact = Input::new(text).span(m.range()).anchored(Anchored::Yes);
                        cr.regex().search_captures(&exact, caps);
                        caps.get_group(cr.group).map_or((m.end(), m.end()), |g| (g.start, g.end))
                    }
                }
            };
            if let Some(score) = self.judge(cr, rule, text, start, end) {
                out.push(Match { rule: r, start, end, score, via: None });
            }
        };
        let windows = match plan {
            Plan::Search(windows) => windows,
            Plan::AtHits(starts) => {
                // Leftmost-first, as a search would be: the first hit where an
                // anchored match exists, then on from that match's end. A try of a
                // regex with no longest match stops at its reach (stretched over
                // gaps), so that many hits cannot each scan to the end of the text;
                // a match that reaches that limit is completed over the rest.
                let mut last_end = 0;
                for &at in starts.iter().filter(|&&s| text.is_char_boundary(s)) {
                    if at < last_end {
                        continue;
                    }
                    let limit = match cr.reach {
                        Some(_) => text.len(),
                        None => ceil_char_boundary(
                            text,
                            stretch_over_gaps(text, at, (at + UNBOUNDED_REACH).min(text.len())).1,
                        ),
                    };
                    let input = Input::new(text).span(at..limit).anchored(Anchored::Yes);
                    if let Some(m) = cr.regex().search(&input) {
                        let m = if m.end() == limit && limit < text.len() {
                            let rest = Input::new(text).span(at..text.len()).anchored(Anchored::Yes);
                            cr.regex().search(&rest).unwrap_or(m)
                        } else {
                            m
                        };
                        last_end = m.end().max(at + 1);
                        emit(m);
                    }
                }
                return;
            }
        };
        let mut last_end = 0;
        for w in windows {
            // A match ending at a window's edge may run on in the whole text: its
            // span is then taken from an anchored search over the rest of the text.
            let mut at = w.start.max(last_end);
            while at <= w.end {
                let input = Input::new(text).span(at..w.end);
                let Some(m) = cr.regex().search(&input) else { break };
                let m = if m.end() == w.end && w.end < text.len() {
                    let rest = Input::new(text).span(m.start()..text.len()).anchored(Anchored::Yes);
                    cr.regex().search(&rest).unwrap_or(m)
                } else {
                    m
                };
                emit(m);
                last_end = m.end();
                at = if m.is_empty() { next_char_boundary(text, m.end()) } else { m.end() };
            }
        }
    }

    /// Validates one candidate; returns its score, or `None` if it is not a real finding.
    fn judge(&self, cr: &CompiledRule, rule: &Rule, text: &str, start: usize, end: usize) -> Option<f32> {
        if start >= end {
            return None;
        }
        let value = &text[start..end];
        // Each test can only reject, so the order changes nothing but the cost: the
        // cheapest, which rejects the most (words after "password" in prose), first.
        if rule.min_entropy.is_some_and(|min| validate::shannon_entropy(value) < min) {
            return None;
        }
        if cr.kind == Kind::Secret && validate::is_placeholder(value) {
            return None;
        }
        if cr.allow.as_ref().is_some_and(|a| a.is_match(value)) {
            return None;
        }
        if !cr.validators.iter().all(|v| v(value)) {
            return None;
        }
        if cr
            .reject_before
            .as_ref()
            .is_some_and(|r| r.is_match(&text[floor_char_boundary(text, start.saturating_sub(Rule::BEFORE))..start]))
            || cr
                .reject_after
                .as_ref()
                .is_some_and(|r| r.is_match(&text[end..ceil_char_boundary(text, (end + Rule::AFTER).min(text.len()))]))
        {
            return None;
        }
        let mut score = rule.base_confidence();
        if !cr.context.is_empty() {
            let window = rule.context_window.unwrap_or(Rule::DEFAULT_CONTEXT_WINDOW);
            let lo = floor_char_boundary(text, start.saturating_sub(window));
            let hi = ceil_char_boundary(text, (end + window / 2).min(text.len()));
            let around = text[lo..hi].to_lowercase();
            if cr.context.iter().any(|c| around.contains(c.as_str())) {
                score = (score + 0.15).min(1.0);
            } else if rule.context_required {
                return None;
            }
        }
        Some(score as f32)
    }

    /// Digits inside a token are part of the token, not personal data: a PII finding
    /// that lies within a secret finding (a card-like run inside a Slack token) is
    /// dropped; the secret's redaction covers it. Linear-logarithmic, as for generic rules.
    fn drop_pii_inside_secrets(&self, found: &mut Vec<Match>) {
        let kind = |m: &Match| self.compiled[m.rule as usize].kind;
        let mut secrets: Vec<(usize, usize)> =
            found.iter().filter(|m| kind(m) == Kind::Secret).map(|m| (m.start, m.end)).collect();
        if secrets.is_empty() {
            return;
        }
        secrets.sort_unstable();
        let reach: Vec<usize> = secrets
            .iter()
            .scan(0, |r, &(_, e)| {
                *r = e.max(*r);
                Some(*r)
            })
            .collect();
        found.retain(|m| {
            if kind(m) != Kind::Pii {
                return true;
            }
            // Among secrets starting at or before this finding, the furthest end.
            let at = secrets.partition_point(|&(s, _)| s <= m.start);
            let inside = at > 0 && reach[at - 1] >= m.end;
            !inside
        });
    }

    /// A generic rule (e.g. `password = ...`) yields to a specific rule of the same
    /// kind that found an overlapping value (e.g. a Stripe key in that assignment).
    fn drop_generic_overlaps(&self, found: &mut Vec<Match>) {
        let is_generic = |m: &Match| self.rules[m.rule as usize].rule.generic;
        if !found.iter().any(is_generic) {
            return;
        }
        // Specific spans sorted by (kind, start), with the running maximum of their ends:
        // a generic span overlaps one iff, among those of its kind starting before its
        // end, the furthest end lies past its start. Linear-logarithmic in the findings.
        let mut specific: Vec<(Kind, usize, usize)> = found
            .iter()
            .filter(|m| !is_generic(m))
            .map(|m| (self.compiled[m.rule as usize].kind, m.start, m.end))
            .collect();
        specific.sort_unstable_by_key(|&(k, s, _)| (k as u8, s));
        let mut reach = Vec::with_capacity(specific.len());
        for (i, &(k, _, e)) in specific.iter().enumerate() {
            let before = if i > 0 && specific[i - 1].0 == k { reach[i - 1] } else { 0 };
            reach.push(e.max(before));
        }
        found.retain(|m| {
            if !is_generic(m) {
                return true;
            }
            let kind = self.compiled[m.rule as usize].kind;
            let at = specific.partition_point(|&(k, s, _)| (k as u8, s) < (kind as u8, m.end));
            !(at > 0 && specific[at - 1].0 == kind && reach[at - 1] > m.start)
        });
    }
}

/// `\b` and `\B` as ASCII word boundaries: Unicode boundaries make the lazy DFA give up
/// on any non-ASCII text, and a secret next to an accented letter is still a secret.
fn ascii_word_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') => out.push_str("(?-u:\\b)"),
            Some('B') => out.push_str("(?-u:\\B)"),
            Some(n) => {
                out.push('\\');
                out.push(n);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// The spellings of a keyword the prefilter looks for. ASCII case is handled by the
/// automaton; other scripts get their lower, upper and title case spelled out.
fn keyword_variants(keyword: &str) -> Vec<String> {
    let mut v = vec![keyword.to_string()];
    if !keyword.is_ascii() {
        let lower = keyword.to_lowercase();
        let mut title: String = lower.chars().take(1).flat_map(char::to_uppercase).collect();
        title.extend(lower.chars().skip(1));
        for s in [lower.clone(), keyword.to_uppercase(), title] {
            if !v.contains(&s) {
                v.push(s);
            }
        }
    }
    v
}

/// A regex's capture groups: how many (the whole match, group 0, included) and the
/// index of each named one.
struct GroupNames {
    len: usize,
    names: Vec<(String, usize)>,
}

impl GroupNames {
    fn of_regex(regex: &Regex) -> GroupNames {
        let info = regex.group_info();
        let pid = regex_automata::PatternID::ZERO;
        GroupNames {
            len: info.group_len(pid),
            names: info.pattern_names(pid).enumerate().filter_map(|(i, n)| Some((n?.to_string(), i))).collect(),
        }
    }

    /// The same from the parsed pattern, without building it: the regex numbers its
    /// groups as the parser does, by their opening parentheses.
    fn of(hir: &regex_syntax::hir::Hir) -> GroupNames {
        fn walk(h: &regex_syntax::hir::Hir, out: &mut GroupNames) {
            use regex_syntax::hir::HirKind;
            match h.kind() {
                HirKind::Capture(c) => {
                    out.len = out.len.max(c.index as usize + 1);
                    if let Some(n) = &c.name {
                        out.names.push((n.to_string(), c.index as usize));
                    }
                    walk(&c.sub, out);
                }
                HirKind::Repetition(r) => walk(&r.sub, out),
                HirKind::Concat(hs) | HirKind::Alternation(hs) => hs.iter().for_each(|h| walk(h, out)),
                _ => {}
            }
        }
        let mut out = GroupNames { len: 1, names: Vec::new() };
        walk(hir, &mut out);
        out
    }

    fn index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, i)| i)
    }
}

/// The capture group that spans every match of `hir`, zero-width assertions aside.
fn whole_match_group(hir: &regex_syntax::hir::Hir) -> Option<usize> {
    use regex_syntax::hir::HirKind;
    match hir.kind() {
        HirKind::Capture(c) => Some(c.index as usize),
        HirKind::Concat(items) => {
            let mut wide = items.iter().filter(|h| !matches!(h.kind(), HirKind::Look(_)));
            match (wide.next(), wide.next()) {
                (Some(only), None) => whole_match_group(only),
                _ => None,
            }
        }
        _ => None,
    }
}

fn resolve_group(source: &str, rule: &Rule, groups: &GroupNames) -> Result<usize> {
    match &rule.group {
        None => Ok(groups.index("value").unwrap_or(0)),
        Some(Group::Index(i)) if *i < groups.len => Ok(*i),
        Some(Group::Index(i)) => {
            Err(Error::invalid_rule(source, &rule.id, format!("group {i} does not exist in the regex")))
        }
        Some(Group::Name(n)) => groups
            .index(n)
            .ok_or_else(|| Error::invalid_rule(source, &rule.id, format!("group '{n}' does not exist in the regex"))),
    }
}

/// Widens a window of an unbounded rule over runs of spaces and punctuation at its
/// edges, then by the reach again: padding between the words of a phrase must not
/// push the phrase out of the window.
fn stretch_over_gaps(text: &str, mut lo: usize, mut hi: usize) -> (usize, usize) {
    let b = text.as_bytes();
    if lo > 0 && !is_word_byte(b[lo]) {
        while lo > 0 && !is_word_byte(b[lo - 1]) {
            lo -= 1;
        }
        lo = lo.saturating_sub(UNBOUNDED_REACH);
    }
    if hi < b.len() && !is_word_byte(b[hi - 1]) {
        while hi < b.len() && !is_word_byte(b[hi]) {
            hi += 1;
        }
        hi = (hi + UNBOUNDED_REACH).min(b.len());
    }
    (lo, hi)
}

fn next_char_boundary(s: &str, i: usize) -> usize {
    ceil_char_boundary(s, i + 1)
}

fn first_line(s: &str) -> String {
    // regex errors draw a caret diagram over several lines; keep them on one line.
    s.lines().map(str::trim_end).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" | ")
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// A scanner of the rules in `toml` (source "t"), for the tests of the engine's modules.
#[cfg(test)]
pub(crate) fn test_scanner(toml: &str) -> Scanner {
    let rules = crate::rule::parse_ruleset("t", toml)
        .unwrap()
        .into_iter()
        .map(|rule| SourcedRule { source: "t".into(), rule })
        .collect();
    Scanner::new(rules).unwrap()
}

#[cfg(test)]
mod tests {
    use super::test_scanner as scanner;
    use super::*;
    use crate::rule::parse_ruleset;

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
id = "generic"
kind = "secret"
type = "generic"
severity = "medium"
description = "d"
keywords = ["key"]
generic = true
regex = '''key\s*=\s*(?P<value>\S{8,})'''

[[rule]]
id = "digits"
kind = "pii"
type = "num"
severity = "low"
description = "d"
regex = '''\b\d{3}-\d{4}\b'''
context = ["call"]
"#;

    /// Built-in rules build their regexes on first use, trusted to build: this proves
    /// every one does, and that the value group read from the parsed pattern is the one
    /// the built regex numbers.
    #[test]
    fn builtin_rules_all_build() {
        let rules = crate::rulesets::builtin().unwrap();
        let s = Scanner::new(rules.clone()).unwrap();
        assert!(s.compiled.iter().all(|cr| cr.regex.get().is_none()), "built-in regexes wait for their first use");
        s.build_all();
        for (cr, r) in s.compiled.iter().zip(&rules) {
            let built = cr.regex.get().expect("built");
            let from_regex = resolve_group(&r.source, &r.rule, &GroupNames::of_regex(built)).unwrap();
            let whole = regex_syntax::parse(&cr.pattern).ok().and_then(|h| whole_match_group(&h));
            let expected = if whole == Some(from_regex) { 0 } else { from_regex };
            assert_eq!(cr.group, expected, "{}", r.rule.id);
        }
    }

    #[test]
    fn value_split_agrees_with_the_capture_search_on_every_builtin_example() {
        let rules = crate::rulesets::builtin().unwrap();
        let s = Scanner::new(rules.clone()).unwrap();
        let (mut splittable, mut settled, mut compared) = (0, 0, 0);
        for (cr, r) in s.compiled.iter().zip(&rules) {
            // Not ending with its value, or too large to build within its limits (a key
            // file's bounded repetitions): the capture search serves.
            let Some(split) = cr.value_split() else { continue };
            splittable += 1;
            let mut caps = cr.regex().create_captures();
            let texts = r.rule.examples.matches.iter().chain(&r.rule.examples.no_match);
            for text in texts {
                for m in cr.regex().find_iter(text.as_str()) {
                    let exact = Input::new(text.as_str()).span(m.range()).anchored(Anchored::Yes);
                    cr.regex().search_captures(&exact, &mut caps);
                    let capture = caps.get_group(cr.group).map(|g| (g.start, g.end));
                    compared += 1;
                    if let Some(found) = split.value(text, m.start(), m.end()) {
                        settled += 1;
                        assert_eq!(Some(found), capture, "{} on {text:?}", r.rule.id);
                    }
                }
            }
        }
        assert!(splittable >= 50, "only {splittable} rules end with their value");
        eprintln!("value split: {splittable} rules, settled {settled} of {compared} matches");
        // most matches are settled by the split: else it is dead weight
        assert!(settled * 10 >= compared * 8, "settled {settled} of {compared}");
    }

    #[test]
    fn a_value_group_spanning_the_match_is_the_match() {
        let s = scanner(&RULES.replace(r"\btok_(?P<value>[a-zA-Z0-9]{12})\b", r"\b(?P<value>tok_[a-zA-Z0-9]{12})\b"));
        assert_eq!((s.compiled[0].group, s.compiled[1].group), (0, 1), "tok's group is its match; generic's is not");
        let text = "a tok_abcdefABCDEF b key = hunter2hunter2";
        let found: Vec<&str> = s.scan(text, KindMask::ALL).iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(found, ["tok_abcdefABCDEF", "hunter2hunter2"]);
    }

    #[test]
    fn keywordless_rule_with_a_unicode_word_boundary_still_finds_in_any_text() {
        let s = test_scanner(
            r#"
[[rule]]
id = "card-word"
kind = "pii"
type = "t"
severity = "low"
description = "d"
regex = '''\<card\d{4}'''
"#,
        );
        for text in ["my card1234 here", "é card1234, ü"] {
            assert_eq!(s.scan(text, KindMask::ALL).len(), 1, "{text}");
        }
    }

    #[test]
    fn every_occurrence_is_found() {
        let s = scanner(RULES);
        let text = "tok_aB3dE6gH9jK2 and tok_aB3dE6gH9jK2 again tok_aB3dE6gH9jK2";
        let m = s.scan(text, KindMask::ALL);
        assert_eq!(m.len(), 3);
        assert!(m.iter().all(|x| &text[x.start..x.end] == "aB3dE6gH9jK2"));
    }

    #[test]
    fn generic_yields_to_specific() {
        let s = scanner(RULES);
        let m = s.scan("key = tok_aB3dE6gH9jK2", KindMask::ALL);
        assert_eq!(m.len(), 1);
        assert_eq!(s.rules()[m[0].rule as usize].rule.id, "tok");
        let m = s.scan("key = Zq8pLm2vNx", KindMask::ALL);
        assert_eq!(s.rules()[m[0].rule as usize].rule.id, "generic");
    }

    #[test]
    fn generic_yields_among_several_specific_findings() {
        // Two specific findings, one of them inside the generic assignment's span.
        let s = scanner(RULES);
        let text = "tok_aB3dE6gH9jK2 key = tok_Zq8pLm2vNx7w";
        let ids: Vec<&str> =
            s.scan(text, KindMask::ALL).iter().map(|m| s.rules()[m.rule as usize].rule.id.as_str()).collect();
        assert_eq!(ids, ["tok", "tok"]);
    }

    #[test]
    fn personal_data_inside_a_secret_is_the_secret() {
        let toml = RULES.to_string()
            + r#"
[[rule]]
id = "slackish"
kind = "secret"
type = "t"
severity = "high"
description = "d"
keywords = ["xoxb-"]
regex = '''xoxb-[0-9]{3}-[0-9]{3}-[0-9]{4}-[a-z]{4}'''
"#;
        let s = scanner(&toml);
        let ids = |text: &str| -> Vec<String> {
            s.scan(text, KindMask::ALL).iter().map(|m| s.rules()[m.rule as usize].rule.id.clone()).collect()
        };
        assert_eq!(ids("token xoxb-123-555-0199-abcd"), ["slackish"]);
        assert_eq!(ids("call 555-0199 about xoxb-123-456-7890-abcd"), ["digits", "slackish"]);
    }

    #[test]
    fn unbounded_matches_are_whole_past_the_reach() {
        let s = scanner(
            r#"
[[rule]]
id = "phrase"
kind = "injection"
type = "t"
severity = "high"
description = "d"
keywords = ["ignore"]
regex = '''(?i)\bignore\W+previous\b'''

[[rule]]
id = "long"
kind = "secret"
type = "t"
severity = "high"
description = "d"
keywords = ["blob="]
regex = '''\bblob=[A-Za-z0-9]+'''
"#,
        );
        // Padding between the words, and a value longer than the reach: found whole,
        // as a search over the whole text would.
        let padded = format!("x ignore{}previous y", " ".repeat(3 * UNBOUNDED_REACH));
        let m = s.scan(&padded, KindMask::ALL);
        assert_eq!((m.len(), m[0].start, m[0].end), (1, 2, padded.len() - 2));
        let long = format!("blob={} end", "aZ9".repeat(UNBOUNDED_REACH));
        let m = s.scan(&long, KindMask::ALL);
        assert_eq!((m.len(), m[0].end), (1, long.len() - 4));
        assert_eq!(s.scan(&padded, KindMask::ALL), s.scan_exhaustive(&padded, KindMask::ALL));
    }

    #[test]
    fn keywordless_rules_run_around_the_ends_the_set_pass_saw() {
        let s = scanner(RULES);
        let digits = s.rules().iter().position(|r| r.rule.id == "digits").unwrap() as u32;
        assert_eq!(s.strategy(digits).0, "windows at the set's ends");
        // Matches far apart in a long text, at its edges and next to each other: each
        // found where it is, as the whole-text search finds them.
        let filler = "plain words and 12 numbers 3456 that match nothing ".repeat(400);
        let text = format!("555-0101 {filler}call 555-0102 555-0103 {filler}555-0104");
        let found = s.scan(&text, KindMask::ALL);
        assert_eq!(found, s.scan_exhaustive(&text, KindMask::ALL));
        assert_eq!(found.len(), 4, "{:?}", found.iter().map(|m| &text[m.start..m.end]).collect::<Vec<_>>());
        let plan = s.explain(&text, KindMask::ALL);
        assert!(plan.iter().any(|(r, how)| *r == digits && how.starts_with("search") && how.ends_with("in 3 windows")));
        // So many matches that their ends are not kept: the rule runs on the whole text,
        // finding the same.
        let dense = "555-0100 ".repeat(20_000);
        assert_eq!(s.scan(&dense, KindMask::ALL).len(), 20_000);
        assert_eq!(s.explain(&dense, KindMask::ALL), [(digits, format!("search {} bytes in 1 windows", dense.len()))]);
    }

    #[test]
    fn anchors_count_only_within_reach_of_a_keyword() {
        let s = scanner(
            r#"
[[rule]]
id = "phrase"
kind = "injection"
type = "t"
severity = "high"
description = "d"
keywords = ["instructions"]
regex = '''(?i)\b(?:you|your)\s+(?:new\s+)?instructions\b'''
"#,
        );
        assert_eq!(s.strategy(0).0, "anchored");
        // "you" everywhere, "instructions" once: only the anchors near it are tried.
        let text = format!("{}here are your new instructions. {}", "you know ".repeat(500), "thank you ".repeat(500));
        let plan = s.explain(&text, KindMask::ALL);
        let tried: usize = plan[0].1.trim_start_matches("anchored at ").trim_end_matches(" hits").parse().unwrap();
        assert!((2..100).contains(&tried), "{plan:?} of 1001 anchors");
        let found = s.scan(&text, KindMask::ALL);
        assert_eq!(found.len(), 1);
        assert_eq!(found, s.scan_exhaustive(&text, KindMask::ALL));
    }

    #[test]
    fn keywordless_rules_and_context_score() {
        let s = scanner(RULES);
        let plain = s.scan("room 555-0199", KindMask::ALL);
        let ctx = s.scan("call 555-0199", KindMask::ALL);
        assert_eq!(plain.len(), 1);
        assert!(ctx[0].score > plain[0].score);
    }

    #[test]
    fn hit_lists_kept_between_scans_carry_nothing_over() {
        // The per-thread hit lists are reused: a scan must see only its own hits, also
        // after a text that grew the lists past what is kept.
        let s = scanner(RULES);
        let many = "tok_aB3dE6gH9jK2 key ".repeat(Scratch::KEEP_HITS / 2 + 10);
        assert_eq!(s.scan(&many, KindMask::ALL).len(), Scratch::KEEP_HITS / 2 + 10);
        assert!(s.scan("nothing to see", KindMask::ALL).is_empty());
        let one = "x tok_aB3dE6gH9jK2";
        assert_eq!(s.scan(one, KindMask::ALL), s.scan_exhaustive(one, KindMask::ALL));
        assert_eq!(s.scan(one, KindMask::ALL).len(), 1);
    }

    #[test]
    fn context_words_wake_matches_as_far_as_the_context_window() {
        // A rule whose keywords are its context words: the word may lie anywhere in the
        // context window, further from the match than the match is long.
        let s = scanner(
            r#"
[[rule]]
id = "num"
kind = "pii"
type = "t"
severity = "low"
description = "d"
regex = '''\b\d{3}-\d{4}\b'''
context = ["reach me"]
context_required = true
context_window = 60
"#,
        );
        let pad = "lorem ipsum ".repeat(40);
        let text = format!("{pad}reach me, whenever you like, at 555-0199 {pad}");
        assert_eq!(s.scan(&text, KindMask::ALL).len(), 1);
        assert_eq!(s.scan(&text, KindMask::ALL), s.scan_exhaustive(&text, KindMask::ALL));
        let far =
            format!("{pad}reach me, whenever you like and on any day of the week except Sundays, at 555-0199 {pad}");
        assert!(s.scan(&far, KindMask::ALL).is_empty(), "beyond the context window");
    }

    #[test]
    fn kinds_filter() {
        let s = scanner(RULES);
        assert!(s.scan("call 555-0199", KindMask::of(&[Kind::Secret])).is_empty());
    }

    #[test]
    fn placeholder_secrets_are_dropped() {
        let s = scanner(RULES);
        assert!(s.scan("tok_xxxxxxxxxxxx", KindMask::ALL).is_empty());
    }

    #[test]
    fn compile_error_names_rule() {
        let bad = RULES.replacen(r"\btok_(?P<value>[a-zA-Z0-9]{12})\b", "tok_(unclosed", 1);
        let rules = parse_ruleset("f.toml", &bad)
            .unwrap()
            .into_iter()
            .map(|rule| SourcedRule { source: "f.toml".into(), rule })
            .collect();
        let e = Scanner::new(rules).err().unwrap();
        assert_eq!(e.kind(), crate::ErrorKind::RuleCompile);
        assert!(e.message().contains("rule 'tok'") && !e.message().contains('\n'), "{e}");
    }

    /// `reject_before` / `reject_after` drop a candidate for what lies next to its value,
    /// and nothing further away counts; a bad pattern fails the build with the rule's id.
    #[test]
    fn what_lies_next_to_a_value_can_reject_it() {
        let rule = |extra: &str| {
            format!(
                "[[rule]]\nid = \"num\"\nkind = \"pii\"\ntype = \"n\"\nseverity = \"low\"\ndescription = \"d\"\n\
                 regex = '''\\b\\d{{6}}\\b'''\n{extra}\n"
            )
        };
        let s = scanner(&rule("reject_before = '''\\d\\.'''\nreject_after = '''\\.\\d'''"));
        let found = |t: &str| s.scan(t, KindMask::ALL).iter().map(|m| &t[m.start..m.end]).collect::<Vec<_>>().join(",");
        assert_eq!(found("0.123456 and 123456.5 and x.123456 and 123456. and 7. 123456"), "123456,123456,123456");
        let far = scanner(&rule("reject_before = '''total\\D*'''"));
        assert!(far.scan("total: 123456", KindMask::ALL).is_empty());
        let beyond = format!("total{} 123456", " z".repeat(Rule::BEFORE / 2));
        assert_eq!(far.scan(&beyond, KindMask::ALL).len(), 1, "only the bytes next to the value are read");
        assert_eq!(scanner(&rule("")).scan("0.123456", KindMask::ALL).len(), 1);
        let rules = parse_ruleset("f.toml", &rule("reject_after = '''(unclosed'''"))
            .unwrap()
            .into_iter()
            .map(|rule| SourcedRule { source: "f.toml".into(), rule })
            .collect();
        let e = Scanner::new(rules).err().unwrap();
        assert!(e.message().contains("rule 'num'") && e.message().contains("reject_after"), "{e}");
    }

    #[test]
    fn word_boundaries_rewrite() {
        assert_eq!(ascii_word_boundaries(r"\bab\B\\b\d"), r"(?-u:\b)ab(?-u:\B)\\b\d");
    }

    /// A case-sensitive street-address rule with these keywords, options and street types.
    fn address_rule(keywords: &str, options: &str, types: &str) -> Scanner {
        scanner(&format!(
            r#"
[[rule]]
id = "address"
kind = "pii"
type = "address"
severity = "low"
description = "d"
keywords = [{keywords}]
{options}
regex = '''\b\d{{1,4}} [A-Z][a-z]+ {types}'''
"#
        ))
    }

    #[test]
    fn keywords_that_match_case_wake_only_as_written() {
        let rule =
            |match_case: bool| address_rule(r#""Row""#, &format!("keywords_match_case = {match_case}"), r"Row\b");
        let (exact, any_case) = (rule(true), rule(false));
        let prose = "fix the row count in the second ROW of the table, then 12 Baker row";
        assert!(exact.triggered_rules(prose, KindMask::ALL).is_empty());
        assert_eq!(any_case.triggered_rules(prose, KindMask::ALL), vec![0]);
        let address = "ship it to 12 Baker Row, please";
        for s in [&exact, &any_case] {
            assert_eq!(s.scan(address, KindMask::ALL).iter().map(|m| (m.start, m.end)).collect::<Vec<_>>(), [(11, 23)]);
        }
    }

    #[test]
    fn keywords_that_end_words_wake_only_there() {
        let rule = |end_words: bool| {
            let options = format!("keywords_match_case = true\nkeywords_end_words = {end_words}");
            address_rule(r#""Dr", "St.""#, &options, r"(?:Dr|St\.)")
        };
        let (ends, anywhere) = (rule(true), rule(false));
        let prose = "Draft the plan; Drones later";
        assert!(ends.triggered_rules(prose, KindMask::ALL).is_empty());
        assert_eq!(anywhere.triggered_rules(prose, KindMask::ALL), vec![0]);
        // a keyword that ends in punctuation counts wherever it is
        assert_eq!(ends.triggered_rules("St.ups", KindMask::ALL), vec![0]);
        for address in ["go to 12 Baker Dr, then", "go to 12 Baker Dr", "7 Lime St."] {
            for s in [&ends, &anywhere] {
                assert_eq!(s.scan(address, KindMask::ALL).len(), 1, "{address}");
            }
        }
    }

    #[test]
    fn non_ascii_keywords_match_any_case() {
        assert!(keyword_variants("игнорируй").contains(&"Игнорируй".to_string()));
        assert!(keyword_variants("игнорируй").contains(&"ИГНОРИРУЙ".to_string()));
    }
}
