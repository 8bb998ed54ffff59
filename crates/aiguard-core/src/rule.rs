//! The rule schema, as it appears in `rulesets/*.toml`, and its loading.
//!
//! A rule is data: everything needed to understand, run and test it sits in one
//! TOML block. Loading checks the schema and names the source, line and rule id
//! of anything wrong; compiling (see `scanner`) checks the regex.

use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};

use crate::error::{Error, Result};
use crate::validate;

/// What a finding is about. The order is stable: it is the bit index in [`KindMask`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Secret,
    Pii,
    Injection,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Secret, Kind::Pii, Kind::Injection];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Secret => "secret",
            Kind::Pii => "pii",
            Kind::Injection => "injection",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A set of kinds, one bit each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindMask(pub u8);

impl KindMask {
    pub const ALL: KindMask = KindMask(0b111);

    pub fn contains(self, kind: Kind) -> bool {
        self.0 & (1 << kind as u8) != 0
    }

    pub fn of(kinds: &[Kind]) -> KindMask {
        KindMask(kinds.iter().fold(0, |m, k| m | (1 << *k as u8)))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    /// Texts in which the rule must report at least one finding.
    #[serde(rename = "match", default)]
    pub matches: Vec<String>,
    /// Near misses in which the rule must report nothing.
    #[serde(default)]
    pub no_match: Vec<String>,
}

/// Which part of a regex match is the finding: a capture group by name or index.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Group {
    Index(usize),
    Name(String),
}

/// One rule, exactly as written in a ruleset file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub kind: Kind,
    #[serde(rename = "type")]
    pub type_: String,
    pub severity: Severity,
    pub description: String,
    /// Literals of which one must appear in the text for the rule to run
    /// (ASCII case-insensitive; non-ASCII keywords also match their upper/title case).
    /// Empty: the rule runs in the keyword-less multi-pattern pass.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// A second group of literals of which one must also appear somewhere in the text
    /// (e.g. `keywords` the verbs "ignore", "forget"; `keywords_also` the objects
    /// "instructions", "rules"). Only for rules whose every match holds one of each.
    #[serde(default)]
    pub keywords_also: Vec<String>,
    /// Keywords may match inside a word (e.g. German and Dutch compounds: "straße" in
    /// "Lindenstraße"). Secret rules always may; for the other kinds a keyword that
    /// begins with an ASCII letter or digit otherwise counts only at the start of a word.
    #[serde(default)]
    pub keywords_inside_words: bool,
    /// Keywords count only as written, case included: for a case-sensitive regex whose
    /// matches hold the keyword in that case (the street type "Row" of an address need
    /// not wake the rule on every "row" in a text). Default: ASCII case-insensitive.
    #[serde(default)]
    pub keywords_match_case: bool,
    /// Keywords that end with an ASCII letter or digit count only where a word ends
    /// with them: for short keywords that are whole words in every match (the street
    /// types "St" and "Dr" of an address, which would otherwise count in every "Start"
    /// and "Draft"). Default: a keyword may go on into a longer word.
    #[serde(default)]
    pub keywords_end_words: bool,
    /// Linear-time regex (Rust `regex` syntax). `\b` means an ASCII word boundary.
    pub regex: String,
    /// The capture group that is the finding. Default: the group named `value` if the
    /// regex has one, else the whole match.
    #[serde(default)]
    pub group: Option<Group>,
    /// Named validators run on the finding's value; all must pass.
    #[serde(default)]
    pub validate: Vec<String>,
    /// Minimum Shannon entropy (bits per character) of the value.
    #[serde(default)]
    pub min_entropy: Option<f64>,
    /// Base confidence in [0, 1] of a finding of this rule.
    #[serde(default)]
    pub confidence: Option<f64>,
    /// Words that, found near the value, raise its score.
    #[serde(default)]
    pub context: Vec<String>,
    /// If true, a finding needs a context word near it; the context words then also
    /// serve as the rule's keywords when it lists none.
    #[serde(default)]
    pub context_required: bool,
    /// How far (in bytes) before the value, and half as far after it, context is looked for.
    #[serde(default)]
    pub context_window: Option<usize>,
    /// A generic rule yields to a specific rule of the same kind that overlaps it.
    #[serde(default)]
    pub generic: bool,
    /// Values that look like a match but are known not to be one (regexes over the value).
    #[serde(default)]
    pub allow: Vec<String>,
    /// What may not come just before the value, as a regex that must match text ending
    /// where the value begins (the [`Rule::BEFORE`] bytes before it): the look-behind a
    /// linear-time regex lacks, checked only on candidates. E.g. `\d\.` for a
    /// "card number" that is the fraction of a decimal such as `0.4532015752045218`.
    #[serde(default)]
    pub reject_before: Option<String>,
    /// What may not come just after the value: a regex that must match text beginning
    /// where the value ends (the [`Rule::AFTER`] bytes after it).
    #[serde(default)]
    pub reject_after: Option<String>,
    #[serde(default)]
    pub examples: Examples,
}

impl Rule {
    pub const DEFAULT_CONTEXT_WINDOW: usize = 80;
    /// How many bytes before a value `reject_before` reads: enough for the user and
    /// password of a URL before an `@` (a Sentry DSN's 65), which the e-mail rule must
    /// tell from a mailbox.
    pub const BEFORE: usize = 96;
    /// How many bytes after a value `reject_after` reads.
    pub const AFTER: usize = 32;

    /// The keywords the prefilter uses for this rule.
    pub fn effective_keywords(&self) -> &[String] {
        if self.woken_by_context() {
            &self.context
        } else {
            &self.keywords
        }
    }

    /// Whether the rule's context words are its keywords: it has none of its own, and
    /// needs context to report anything.
    pub fn woken_by_context(&self) -> bool {
        self.keywords.is_empty() && self.context_required
    }

    /// Whether this rule's keywords that begin with an ASCII letter or digit must begin a
    /// word: phrases (injection) and personal data are written as words, while secret
    /// keywords are token prefixes that may follow other characters (`apikey`, `x-ghp_`).
    /// This keeps common short words ("ai", "user") from waking rules inside other words.
    pub fn keywords_start_words(&self) -> bool {
        self.kind != Kind::Secret && !self.keywords_inside_words
    }

    pub fn base_confidence(&self) -> f64 {
        self.confidence.unwrap_or(match self.kind {
            Kind::Secret => 0.9,
            Kind::Pii => 0.8,
            Kind::Injection => 0.8,
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesetFile {
    /// Regex fragments the file's rules share (a person's name, a list of words that
    /// are not one): `${name}` in a rule's `regex`, `allow`, `reject_before` or
    /// `reject_after` stands for `(?:fragment)`, so it takes the flags in force there.
    #[serde(default)]
    patterns: BTreeMap<String, String>,
    #[serde(default, rename = "rule")]
    rules: Vec<Rule>,
}

/// Parses one ruleset file. `source` names it in errors (a path or `builtin:secrets`).
pub fn parse_ruleset(source: &str, text: &str) -> Result<Vec<Rule>> {
    let mut file: RulesetFile = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start));
        Error::ruleset_syntax(source, line, e.message())
    })?;
    for (name, fragment) in &file.patterns {
        let bad = |cause: String| Err(Error::ruleset_syntax(source, None, format!("pattern '{name}': {cause}")));
        if !is_pattern_name(name) {
            return bad("a name begins with an ASCII letter and holds only ASCII letters, digits and '_'".into());
        }
        if let Some((_, inner)) = pattern_refs(fragment).next() {
            return bad(format!("uses '${{{inner}}}': patterns do not refer to other patterns"));
        }
    }
    let mut used = HashSet::new();
    for rule in &mut file.rules {
        expand_patterns(rule, &file.patterns, &mut used)
            .map_err(|cause| Error::invalid_rule(source, &rule.id, cause))?;
        check_rule(source, rule)?;
    }
    if let Some(name) = file.patterns.keys().find(|name| !used.contains(name.as_str())) {
        return Err(Error::ruleset_syntax(source, None, format!("pattern '{name}' is defined but no rule uses it")));
    }
    Ok(file.rules)
}

fn is_pattern_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic()) && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The `${name}` references in a regex, as (byte offset of the `$`, name). A `$` after a
/// backslash is a literal dollar, and `${2}` (a repeated end anchor) is no reference.
fn pattern_refs(regex: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = regex.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let at = i;
            i += if bytes[at] == b'\\' { 2 } else { 1 };
            if bytes[at] != b'$' || bytes.get(at + 1) != Some(&b'{') {
                continue;
            }
            let rest = &regex[at + 2..];
            let len = rest.bytes().take_while(|&b| b.is_ascii_alphanumeric() || b == b'_').count();
            if rest.as_bytes().get(len) == Some(&b'}') && is_pattern_name(&rest[..len]) {
                i = at + 3 + len;
                return Some((at, &rest[..len]));
            }
        }
        None
    })
}

/// Replaces every `${name}` in the rule's regexes by its pattern; notes the names used.
fn expand_patterns<'p>(
    rule: &mut Rule,
    patterns: &'p BTreeMap<String, String>,
    used: &mut HashSet<&'p str>,
) -> std::result::Result<(), String> {
    let mut expand = |field: &str, regex: &mut String| {
        let mut out = String::new();
        let mut last = 0;
        for (at, name) in pattern_refs(regex) {
            let Some((key, fragment)) = patterns.get_key_value(name) else {
                let known: Vec<&str> = patterns.keys().map(String::as_str).collect();
                return Err(format!(
                    "{field}: unknown pattern '${{{name}}}' (this file defines: {})",
                    known.join(", ")
                ));
            };
            used.insert(key.as_str());
            out.push_str(&regex[last..at]);
            out.push_str("(?:");
            out.push_str(fragment);
            out.push(')');
            last = at + name.len() + 3;
        }
        if last > 0 {
            out.push_str(&regex[last..]);
            *regex = out;
        }
        Ok(())
    };
    expand("regex", &mut rule.regex)?;
    for allow in &mut rule.allow {
        expand("allow", allow)?;
    }
    for (field, regex) in [("reject_before", &mut rule.reject_before), ("reject_after", &mut rule.reject_after)] {
        if let Some(regex) = regex {
            expand(field, regex)?;
        }
    }
    Ok(())
}

/// Checks every rule of a combined set: per-rule schema and unique ids across files.
pub fn check_unique_ids<'a>(rules: impl IntoIterator<Item = (&'a str, &'a Rule)>) -> Result<()> {
    let mut seen = HashSet::new();
    for (source, rule) in rules {
        if !seen.insert(rule.id.as_str()) {
            return Err(Error::invalid_rule(source, &rule.id, "duplicate rule id"));
        }
    }
    Ok(())
}

fn check_rule(source: &str, rule: &Rule) -> Result<()> {
    let bad = |cause: &str| Err(Error::invalid_rule(source, &rule.id, cause));
    if rule.id.is_empty() || !rule.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.') {
        return bad("id must be non-empty and use only ASCII letters, digits, '-', '_' and '.'");
    }
    if rule.type_.is_empty() {
        return bad("type must not be empty");
    }
    if rule.regex.is_empty() {
        return bad("regex must not be empty");
    }
    if !rule.keywords_also.is_empty() && rule.effective_keywords().is_empty() {
        return bad("keywords_also needs keywords");
    }
    if rule.keywords.iter().chain(&rule.keywords_also).chain(&rule.context).any(|k| k.trim().is_empty()) {
        return bad("keywords and context words must not be empty strings");
    }
    if rule.context_required && rule.context.is_empty() {
        return bad("context_required needs at least one context word");
    }
    if let Some(c) = rule.confidence {
        if !(0.0..=1.0).contains(&c) {
            return bad("confidence must be within [0, 1]");
        }
    }
    if let Some(e) = rule.min_entropy {
        if !(0.0..=8.0).contains(&e) {
            return bad("min_entropy must be within [0, 8] bits per character");
        }
    }
    for name in &rule.validate {
        if validate::lookup(name).is_none() {
            return Err(Error::invalid_rule(
                source,
                &rule.id,
                format!("unknown validator '{name}' (known: {})", validate::names().join(", ")),
            ));
        }
    }
    Ok(())
}

fn line_of(text: &str, byte: usize) -> usize {
    text.as_bytes()[..byte.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str = r#"
[[rule]]
id = "demo"
kind = "secret"
type = "demo_token"
severity = "high"
description = "A demo token"
keywords = ["demo_"]
regex = '''demo_[a-z]{8}'''
examples.match = ["demo_abcdefgh"]
"#;

    #[test]
    fn parses_a_rule() {
        let rules = parse_ruleset("t", ONE).unwrap();
        assert_eq!(rules.len(), 1);
        assert_eq!(rules[0].kind, Kind::Secret);
        assert_eq!(rules[0].examples.matches, vec!["demo_abcdefgh"]);
    }

    #[test]
    fn syntax_error_names_source_and_line() {
        let err = parse_ruleset("my.toml", "[[rule]]\nid = \"x\"\nkind = \"secret\"\nseverity = \n").unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::RulesetSyntax);
        assert!(err.message().starts_with("my.toml, line 4"), "{}", err);
    }

    #[test]
    fn unknown_field_and_kind_are_refused() {
        let e = parse_ruleset("t", &ONE.replace("keywords", "keyword")).unwrap_err();
        assert!(e.message().contains("keyword"), "{e}");
        let e = parse_ruleset("t", &ONE.replace("\"secret\"", "\"secrets\"")).unwrap_err();
        assert!(e.message().contains("secrets"), "{e}");
    }

    #[test]
    fn unknown_validator_names_rule() {
        let text = ONE.replace("examples.match", "validate = [\"nope\"]\nexamples.match");
        let e = parse_ruleset("t", &text).unwrap_err();
        assert_eq!(e.kind(), crate::ErrorKind::InvalidRule);
        assert!(e.message().contains("rule 'demo'") && e.message().contains("nope"), "{e}");
    }

    #[test]
    fn shared_patterns_expand_where_used() {
        let text = format!(
            "[patterns]\nword = '''[a-z]+'''\nnot_word = '''^(?:none|null)$'''\n{}",
            ONE.replace("'''demo_[a-z]{8}'''", r"'''(?i)demo_${word}-${word}\${2}'''").replace(
                "examples.match",
                "allow = ['''${not_word}''']\nreject_before = '''${word}\\z'''\nexamples.match"
            )
        );
        let rule = &parse_ruleset("t", &text).unwrap()[0];
        // Each use becomes a group that takes the flags around it; an escaped `\$` and a
        // repetition `${2}` are left as they are.
        assert_eq!(rule.regex, r"(?i)demo_(?:[a-z]+)-(?:[a-z]+)\${2}");
        assert_eq!(rule.allow, vec!["(?:^(?:none|null)$)"]);
        assert_eq!(rule.reject_before.as_deref(), Some(r"(?:[a-z]+)\z"));
    }

    #[test]
    fn shared_pattern_errors_name_the_cause() {
        let with = |patterns: &str, regex: &str| {
            parse_ruleset("t", &format!("[patterns]\n{patterns}\n{}", ONE.replace("demo_[a-z]{8}", regex))).unwrap_err()
        };
        let e = with("word = '''[a-z]+'''", "demo_${wrod}");
        assert_eq!(e.kind(), crate::ErrorKind::InvalidRule);
        assert!(e.message().contains("rule 'demo'") && e.message().contains("unknown pattern '${wrod}'"), "{e}");
        assert!(e.message().contains("defines: word"), "{e}");
        let e = with("word = '''[a-z]+'''\nunused = '''x'''", "demo_${word}");
        assert!(e.message().contains("pattern 'unused' is defined but no rule uses it"), "{e}");
        let e = with("word = '''[a-z]+'''\nwords = '''${word} ${word}'''", "demo_${words}");
        assert!(e.message().contains("pattern 'words'") && e.message().contains("do not refer"), "{e}");
        let e = with("2word = '''[a-z]+'''", "demo_x");
        assert!(e.message().contains("pattern '2word'"), "{e}");
    }
}
