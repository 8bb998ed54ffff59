//! aiguard-core: the scanning engine behind `aiguard`.
//!
//! Rules (data, see [`rule`]) compile into a [`Scanner`]; a scan runs a keyword
//! prefilter, confirms candidates with linear-time regexes and validates them
//! (checksums, entropy, placeholders, context). Nothing here depends on Python.

pub mod error;
mod keywordless;
mod keywords;
pub mod leak;
mod leet;
pub mod model;
pub mod normalize;
pub mod offsets;
mod prefix;
pub mod redact;
pub mod rule;
pub mod rulesets;
pub mod scanner;
pub mod stream;
pub mod validate;
mod value_split;

pub use error::{Error, ErrorKind, Result};
pub use rule::{Kind, KindMask, Rule, Severity};
pub use scanner::{Match, Scanner, SourcedRule};
pub use stream::{Release, StreamPlan, StreamState};
