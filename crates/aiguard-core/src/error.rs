//! One error type for the whole engine. Every variant names where the problem is
//! (ruleset source, line, rule id) and never carries scanned text: an error message
//! must be safe to log even when the input held a secret.

use std::fmt;

/// What went wrong, as a closed set callers can match on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The ruleset file is not valid TOML or does not follow the rule schema.
    RulesetSyntax,
    /// A rule is well-formed TOML but semantically invalid (unknown kind, duplicate id, ...).
    InvalidRule,
    /// A rule's regex does not compile (or exceeds the size limits).
    RuleCompile,
    /// The caller's input cannot be scanned.
    Input,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into() }
    }

    pub fn ruleset_syntax(source: &str, line: Option<usize>, cause: impl fmt::Display) -> Self {
        let at = match line {
            Some(l) => format!("{source}, line {l}"),
            None => source.to_string(),
        };
        Self::new(ErrorKind::RulesetSyntax, format!("{at}: {cause}"))
    }

    pub fn invalid_rule(source: &str, rule_id: &str, cause: impl fmt::Display) -> Self {
        Self::new(ErrorKind::InvalidRule, format!("{source}: rule '{rule_id}': {cause}"))
    }

    pub fn rule_compile(source: &str, rule_id: &str, cause: impl fmt::Display) -> Self {
        Self::new(ErrorKind::RuleCompile, format!("{source}: rule '{rule_id}': regex does not compile: {cause}"))
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;
