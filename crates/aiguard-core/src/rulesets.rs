//! The default rulesets, embedded at build time from `rulesets/*.toml`.

use crate::error::Result;
use crate::rule::parse_ruleset;
use crate::scanner::SourcedRule;

/// How the source names of the built-in rulesets begin. Their rules' regexes are built on
/// first use (the tests build every one), not when a scanner is made.
pub const BUILTIN_SOURCE: &str = "builtin:";

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

/// The built-in rulesets (if `builtin`) followed by the caller's. A caller's source name
/// may not begin with [`BUILTIN_SOURCE`]: its rules would be trusted to build.
pub fn load_with_builtin<'a>(
    user: impl IntoIterator<Item = (&'a str, &'a str)>,
    builtin: bool,
) -> Result<Vec<SourcedRule>> {
    let user: Vec<(&str, &str)> = user.into_iter().collect();
    if let Some((name, _)) = user.iter().find(|(name, _)| name.starts_with(BUILTIN_SOURCE)) {
        return Err(crate::Error::ruleset_syntax(
            name,
            None,
            format!("source names beginning '{BUILTIN_SOURCE}' are kept for the built-in rulesets"),
        ));
    }
    let mut all = if builtin { BUILTIN.to_vec() } else { Vec::new() };
    all.extend(user);
    load(all)
}

#[cfg(test)]
mod tests {
    #[test]
    fn user_rulesets_cannot_pose_as_built_in() {
        let e = super::load_with_builtin([("builtin:mine", "")], false).unwrap_err();
        assert!(e.to_string().contains("kept for the built-in rulesets"), "{e}");
        assert_eq!(super::load_with_builtin([("mine.toml", "")], true).unwrap().len(), super::builtin().unwrap().len());
    }
}
