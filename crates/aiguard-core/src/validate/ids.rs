//! National identifiers whose structure or check digits can be validated.

use super::{digits, Validator};

pub(super) const VALIDATORS: &[(&str, Validator)] = &[("us-ssn", us_ssn), ("uk-nino", uk_nino)];

/// US Social Security Number: area not 000, 666 or 9xx; group not 00; serial not 0000.
fn us_ssn(s: &str) -> bool {
    let Some(d) = digits(s, &['-', ' ']) else { return false };
    if d.len() != 9 {
        return false;
    }
    let area = d[0] as u32 * 100 + d[1] as u32 * 10 + d[2] as u32;
    let group = d[3] * 10 + d[4];
    let serial = d[5..].iter().fold(0u32, |a, &x| a * 10 + x as u32);
    area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
}

/// UK National Insurance number: two prefix letters with the excluded letters and
/// pairs of HMRC's rules, six digits, a suffix A to D.
fn uk_nino(s: &str) -> bool {
    let c: Vec<u8> = s.bytes().filter(|b| !b.is_ascii_whitespace()).map(|b| b.to_ascii_uppercase()).collect();
    if c.len() != 9 || !c[2..8].iter().all(u8::is_ascii_digit) || !(b'A'..=b'D').contains(&c[8]) {
        return false;
    }
    let (a, b) = (c[0], c[1]);
    if !a.is_ascii_uppercase() || !b.is_ascii_uppercase() || b"DFIQUV".contains(&a) || b"DFIOQUV".contains(&b) {
        return false;
    }
    !matches!(&c[..2], b"BG" | b"GB" | b"KN" | b"NK" | b"NT" | b"TN" | b"ZZ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ssn() {
        assert!(us_ssn("139-30-5497"));
        assert!(!us_ssn("000-30-5497"));
        assert!(!us_ssn("666-30-5497"));
        assert!(!us_ssn("912-30-5497"));
        assert!(!us_ssn("139-00-5497"));
    }

    #[test]
    fn nino() {
        assert!(uk_nino("ZW 52 05 54 A"));
        assert!(uk_nino("AB123456C"));
        assert!(!uk_nino("GB123456C"));
        assert!(!uk_nino("DA123456C"));
        assert!(!uk_nino("AB123456E"));
    }
}
