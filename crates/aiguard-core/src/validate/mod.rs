//! Validators: small named functions that confirm a regex match is real
//! (a checksum holds, the value is random enough, it is not a placeholder).
//!
//! Each file exports a table of `(name, function)`; a rule names validators in its
//! `validate` list. Adding one is a function and a table row, nothing else.

mod checksum;
mod ids;
mod ids_intl;
mod secret;

pub use secret::{is_placeholder, shannon_entropy};

/// A validator takes the finding's value and says whether it is real.
pub type Validator = fn(&str) -> bool;

const TABLES: [&[(&str, Validator)]; 4] =
    [secret::VALIDATORS, checksum::VALIDATORS, ids::VALIDATORS, ids_intl::VALIDATORS];

pub fn lookup(name: &str) -> Option<Validator> {
    TABLES.iter().flat_map(|t| t.iter()).find(|(n, _)| *n == name).map(|(_, f)| *f)
}

pub fn names() -> Vec<&'static str> {
    TABLES.iter().flat_map(|t| t.iter()).map(|(n, _)| *n).collect()
}

/// The decimal digits of `s`, ignoring separators; `None` if anything else is present.
pub(crate) fn digits(s: &str, separators: &[char]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if let Some(d) = c.to_digit(10) {
            out.push(d as u8);
        } else if !separators.contains(&c) {
            return None;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_are_unique() {
        let mut n = super::names();
        let len = n.len();
        n.sort();
        n.dedup();
        assert_eq!(n.len(), len);
    }
}
