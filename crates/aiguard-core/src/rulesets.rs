//! The default rulesets, embedded at build time from `rulesets/*.toml`.

use crate::error::Result;
use crate::rule::parse_ruleset;
use crate::scanner::SourcedRule;

/// `(name, TOML text)` of every built-in ruleset.
pub const BUILTIN: [(&str, &str); 3] = [
    ("builtin:secrets", include_str!("../../../rulesets/secrets.toml")),
    ("builtin:pii", include_str!("../../../rulesets/pii.toml")),
    ("builtin:injection", include_str!("../../../rulesets/injection.toml")),
];

/// Parses rulesets given as `(source name, TOML text)`.
pub fn load<'a>(sources: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Vec<SourcedRule>> {
    let mut out = Vec::new();
    for (source, text) in sources {
        for rule in parse_ruleset(source, text)? {
            out.push(SourcedRule { source: source.to_string(), rule });
        }
    }
    Ok(out)
}

pub fn builtin() -> Result<Vec<SourcedRule>> {
    load(BUILTIN)
}
