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
    use super::TABLES;

    /// Text of every length up to 40 from digits, letters, separators and multi-byte
    /// characters.
    fn fuzz_inputs() -> Vec<String> {
        const ALPHABET: &[&str] = &[
            "0", "1", "2", "5", "9", "A", "X", "a", "z", " ", "-", ".", "/", ":", "+", "(", ")", "é", "Ñ", "年", "🙂",
            "0x", "bc1",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut out = Vec::new();
        for len in 0..40 {
            for _ in 0..200 {
                let mut s = String::new();
                for _ in 0..len {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    s.push_str(ALPHABET[(seed % ALPHABET.len() as u64) as usize]);
                }
                out.push(s);
            }
        }
        out
    }

    /// A validator sees whatever a rule's regex matched, user rules included: it says
    /// yes or no, and never panics.
    #[test]
    fn no_validator_panics() {
        let odd = [
            "",
            "-",
            "é",
            "Ñ",
            "1",
            "X",
            "S",
            "2A",
            "0x",
            "0xzz",
            "bc1",
            "::",
            "+",
            "(0)",
            "1-2-3",
            "99999999999",
            "AAAAAAAAAAAAAAAA",
            "0000000000000000000000",
            "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂",
            "BC1🙂🙂🙂🙂🙂🙂🙂",
        ];
        let fuzz = fuzz_inputs();
        for (_, f) in TABLES.iter().flat_map(|t| t.iter()) {
            odd.iter().for_each(|s| {
                let _ = f(s);
            });
            fuzz.iter().for_each(|s| {
                let _ = f(s);
            });
            // numbers of the lengths ids have, with separators in the usual places
            for n in 0..200_000u64 {
                let x = n.wrapping_mul(2_654_435_761);
                let _ = f(&format!("{:011}", x % 100_000_000_000));
                if n < 50_000 {
                    let _ = f(&format!("{:013}", x % 10_000_000_000_000));
                }
            }
        }
    }

    #[test]
    fn names_are_unique() {
        let mut n = super::names();
        let len = n.len();
        n.sort();
        n.dedup();
        assert_eq!(n.len(), len);
    }
}
