//! National identifiers whose structure or check digits can be validated.
//!
//! Every function takes the raw matched text (separators included) and must never
//! panic: lengths are checked before any index is used.

use super::checksum::luhn_digits;
use super::{digits, Validator};

pub(super) const VALIDATORS: &[(&str, Validator)] = &[
    ("us-ssn", us_ssn),
    ("us-itin", us_itin),
    ("uk-nino", uk_nino),
    ("es-dni", es_dni),
    ("nl-bsn", nl_bsn),
    ("fr-nir", fr_nir),
    ("it-codice-fiscale", it_codice_fiscale),
    ("pl-pesel", pl_pesel),
    ("se-personnummer", se_personnummer),
    ("cn-resident-id", cn_resident_id),
    ("in-aadhaar", in_aadhaar),
    ("br-cpf", br_cpf),
    ("br-cnpj", br_cnpj),
    ("ca-sin", ca_sin),
    ("de-steuer-id", de_steuer_id),
    ("fi-hetu", fi_hetu),
    ("no-fnr", no_fnr),
    ("dk-cpr", dk_cpr),
    ("ru-inn", ru_inn),
    ("ru-snils", ru_snils),
    ("date", plausible_date),
    ("passport-number", passport_number),
    ("licence-number", licence_number),
];

/// Digits of `s`, ignoring spaces, dashes, dots and slashes.
pub(super) fn plain(s: &str) -> Option<Vec<u8>> {
    digits(s, &[' ', '-', '.', '/'])
}

fn num(d: &[u8]) -> u32 {
    d.iter().fold(0u32, |a, &x| a.saturating_mul(10).saturating_add(x as u32))
}

pub(super) fn weighted(d: &[u8], w: &[u32]) -> u32 {
    d.iter().zip(w).map(|(&x, &w)| x as u32 * w).sum()
}

pub(super) fn all_same(d: &[u8]) -> bool {
    d.windows(2).all(|w| w[0] == w[1])
}

/// A calendar day exists (leap years by the Gregorian rule).
fn valid_ymd(y: u32, m: u32, d: u32) -> bool {
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// US Social Security Number: area not 000, 666 or 9xx; group not 00; serial not 0000.
fn us_ssn(s: &str) -> bool {
    let Some(d) = digits(s, &['-', ' ']) else { return false };
    if d.len() != 9 || all_same(&d) || d == [1, 2, 3, 4, 5, 6, 7, 8, 9] {
        return false;
    }
    let area = num(&d[..3]);
    area != 0 && area != 666 && area < 900 && num(&d[3..5]) != 0 && num(&d[5..]) != 0
}

/// US Individual Taxpayer Identification Number: 9xx, group 50-65, 70-88, 90-92 or 94-99.
fn us_itin(s: &str) -> bool {
    let Some(d) = digits(s, &['-', ' ']) else { return false };
    if d.len() != 9 || d[0] != 9 {
        return false;
    }
    let g = num(&d[3..5]);
    matches!(g, 50..=65 | 70..=88 | 90..=92 | 94..=99)
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

/// Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter): the letter is
/// the number mod 23 in the table of the Ministerio del Interior.
fn es_dni(s: &str) -> bool {
    const LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";
    let c: Vec<u8> =
        s.bytes().filter(|b| *b != b'-' && *b != b' ' && *b != b'.').map(|b| b.to_ascii_uppercase()).collect();
    if c.len() != 9 {
        return false;
    }
    let lead = match c[0] {
        b'X' => 0,
        b'Y' => 1,
        b'Z' => 2,
        b'0'..=b'9' => (c[0] - b'0') as u32,
        _ => return false,
    };
    if !c[1..8].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let n = c[1..8].iter().fold(lead, |a, &x| a * 10 + (x - b'0') as u32);
    LETTERS[(n % 23) as usize] == c[8]
}

/// Dutch burgerservicenummer: the "11-proof" (weights 9..2 and -1), 9 digits.
fn nl_bsn(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 9 || all_same(&d) {
        return false;
    }
    let sum = weighted(&d[..8], &[9, 8, 7, 6, 5, 4, 3, 2]) as i64 - d[8] as i64;
    sum % 11 == 0
}

/// French NIR (numéro de sécurité sociale): 13 characters (sex, year, month,
/// department incl. Corsica 2A/2B, commune, order) and a key = 97 - (number mod 97).
fn fr_nir(s: &str) -> bool {
    let c: Vec<u8> =
        s.bytes().filter(|b| *b != b' ' && *b != b'.' && *b != b'-').map(|b| b.to_ascii_uppercase()).collect();
    if c.len() != 15 || !matches!(c[0], b'1' | b'2' | b'3' | b'4' | b'7' | b'8') {
        return false;
    }
    let mut body = c[..13].to_vec();
    let corsica_offset: u64 = match (body[5], body[6]) {
        (b'2', b'A') => 1_000_000,
        (b'2', b'B') => 2_000_000,
        _ => 0,
    };
    if corsica_offset > 0 {
        body[6] = b'0';
    }
    if !body.iter().chain(&c[13..]).all(u8::is_ascii_digit) {
        return false;
    }
    let month = (body[3] - b'0') as u32 * 10 + (body[4] - b'0') as u32;
    if !((1..=12).contains(&month) || (20..=42).contains(&month) || month >= 50) {
        return false;
    }
    let n = body.iter().fold(0u64, |a, &x| a * 10 + (x - b'0') as u64) - corsica_offset;
    let key = (c[13] - b'0') as u64 * 10 + (c[14] - b'0') as u64;
    key == 97 - n % 97
}

/// Italian codice fiscale: 16 characters, the last a check letter from the
/// odd/even position tables of DM 23/12/1976 (digit substitutions for omocodia allowed).
fn it_codice_fiscale(s: &str) -> bool {
    const ODD: [u32; 26] =
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
    let c: Vec<u8> = s.bytes().map(|b| b.to_ascii_uppercase()).collect();
    if c.len() != 16 || !c.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    // Letters where the layout has letters (surname, name, month, check).
    if !c[..6].iter().all(u8::is_ascii_uppercase) || !c[8].is_ascii_uppercase() || !b"ABCDEHLMPRST".contains(&c[8]) {
        return false;
    }
    let mut sum = 0u32;
    for (i, &ch) in c[..15].iter().enumerate() {
        let v = if ch.is_ascii_digit() { (ch - b'0') as usize } else { (ch - b'A') as usize };
        sum += if i % 2 == 0 { ODD[v] } else { v as u32 };
    }
    c[15] == b'A' + (sum % 26) as u8
}

/// Polish PESEL: weights 1,3,7,9 and a date whose month encodes the century.
fn pl_pesel(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 11 || all_same(&d) {
        return false;
    }
    let sum = weighted(&d[..10], &[1, 3, 7, 9, 1, 3, 7, 9, 1, 3]);
    if (10 - sum % 10) % 10 != d[10] as u32 {
        return false;
    }
    let (yy, mm, dd) = (num(&d[..2]), num(&d[2..4]), num(&d[4..6]));
    let (century, month) = match mm {
        1..=12 => (1900, mm),
        21..=32 => (2000, mm - 20),
        41..=52 => (2100, mm - 40),
        61..=72 => (2200, mm - 60),
        81..=92 => (1800, mm - 80),
        _ => return false,
    };
    valid_ymd(century + yy, month, dd)
}

/// Swedish personnummer / samordningsnummer: (YY)YYMMDD, separator, 3 digits and a
/// Luhn check digit over the 10-digit form.
fn se_personnummer(s: &str) -> bool {
    let Some(d) = digits(s, &['-', '+', ' ']) else { return false };
    let d = match d.len() {
        10 => d,
        12 => d[2..].to_vec(),
        _ => return false,
    };
    let (mm, mut dd) = (num(&d[2..4]), num(&d[4..6]));
    if dd > 60 {
        dd -= 60; // samordningsnummer
    }
    if !valid_ymd(2000, mm, dd) {
        return false;
    }
    luhn_digits(&d)
}

/// Chinese resident identity card: 6-digit region, birth date, sequence, and an
/// ISO 7064 MOD 11-2 check character (0-9 or X).
fn cn_resident_id(s: &str) -> bool {
    let c: Vec<u8> = s.bytes().filter(|b| *b != b' ').collect();
    if c.len() != 18 || !c[..17].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let d: Vec<u8> = c[..17].iter().map(|b| b - b'0').collect();
    if !valid_ymd(num(&d[6..10]), num(&d[10..12]), num(&d[12..14])) || !(1900..=2099).contains(&num(&d[6..10])) {
        return false;
    }
    let sum: u32 = d.iter().enumerate().map(|(i, &x)| x as u32 * ((1u32 << (17 - i)) % 11)).sum();
    let check = (12 - sum % 11) % 11;
    let expected = if check == 10 { b'X' } else { b'0' + check as u8 };
    c[17].to_ascii_uppercase() == expected
}

/// The Verhoeff dihedral-group check (Aadhaar, the Luxembourg matricule).
pub(super) fn verhoeff(d: &[u8]) -> bool {
    const D: [[u8; 10]; 10] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ];
    const P: [[u8; 10]; 8] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 8, 7, 0, 6],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 8, 5],
    ];
    let mut c = 0u8;
    for (i, &x) in d.iter().rev().enumerate() {
        if x > 9 {
            return false;
        }
        c = D[c as usize][P[i % 8][x as usize] as usize];
    }
    c == 0
}

/// Indian Aadhaar: 12 digits, not starting with 0 or 1, Verhoeff check digit.
fn in_aadhaar(s: &str) -> bool {
    let Some(d) = digits(s, &[' ', '-']) else { return false };
    d.len() == 12 && d[0] >= 2 && !all_same(&d) && verhoeff(&d)
}

/// Brazilian CPF: 11 digits with two mod-11 check digits.
fn br_cpf(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 11 || all_same(&d) {
        return false;
    }
    let check = |n: usize| {
        let sum: u32 = d[..n].iter().enumerate().map(|(i, &x)| x as u32 * (n as u32 + 1 - i as u32)).sum();
        let r = sum * 10 % 11;
        if r == 10 {
            0
        } else {
            r
        }
    };
    check(9) == d[9] as u32 && check(10) == d[10] as u32
}

/// Brazilian CNPJ (company registry): 14 digits with two mod-11 check digits.
fn br_cnpj(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 14 || all_same(&d) {
        return false;
    }
    let check = |n: usize| {
        let w: Vec<u32> = (0..n).map(|i| ((n - 1 - i) % 8 + 2) as u32).collect();
        let r = weighted(&d[..n], &w) % 11;
        if r < 2 {
            0
        } else {
            11 - r
        }
    };
    check(12) == d[12] as u32 && check(13) == d[13] as u32
}

/// Canadian Social Insurance Number: 9 digits, Luhn, first digit not 0 or 8.
fn ca_sin(s: &str) -> bool {
    let Some(d) = digits(s, &[' ', '-']) else { return false };
    if d.len() != 9 || d[0] == 0 || d[0] == 8 || all_same(&d) {
        return false;
    }
    luhn_digits(&d)
}

/// ISO 7064 MOD 11,10 check digit (German Steuer-ID).
fn iso7064_mod11_10(d: &[u8]) -> u8 {
    let mut p = 10u32;
    for &x in d {
        let mut s = (x as u32 + p) % 10;
        if s == 0 {
            s = 10;
        }
        p = s * 2 % 11;
    }
    ((11 - p) % 10) as u8
}

/// German Steuerliche Identifikationsnummer: 11 digits, no leading zero, one digit of
/// the first ten repeated two or three times, ISO 7064 MOD 11,10 check digit.
fn de_steuer_id(s: &str) -> bool {
    let Some(d) = digits(s, &[' ', '/']) else { return false };
    if d.len() != 11 || d[0] == 0 {
        return false;
    }
    let mut counts = [0u8; 10];
    d[..10].iter().for_each(|&x| counts[x as usize] += 1);
    let repeated = counts.iter().filter(|&&c| c > 1).count();
    if repeated != 1 || counts.iter().any(|&c| c > 3) {
        return false;
    }
    iso7064_mod11_10(&d[..10]) == d[10]
}

/// Finnish henkilötunnus: DDMMYY, century sign, 3-digit individual number, check
/// character = DDMMYYNNN mod 31 in the table of the Digital and Population Data Services Agency.
fn fi_hetu(s: &str) -> bool {
    const CHECK: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";
    let c: Vec<u8> = s.bytes().map(|b| b.to_ascii_uppercase()).collect();
    if c.len() != 11 || !b"+-ABCDEFUVWXY".contains(&c[6]) {
        return false;
    }
    if !c[..6].iter().chain(&c[7..10]).all(u8::is_ascii_digit) {
        return false;
    }
    let d: Vec<u8> = c[..6].iter().chain(&c[7..10]).map(|b| b - b'0').collect();
    if !valid_ymd(2000, num(&d[2..4]), num(&d[..2])) {
        return false;
    }
    CHECK[(num(&d) % 31) as usize] == c[10]
}

/// Norwegian fødselsnummer / D-nummer: DDMMYY + 3 individual digits + two mod-11 check digits.
fn no_fnr(s: &str) -> bool {
    let Some(d) = digits(s, &[' ']) else { return false };
    if d.len() != 11 || all_same(&d) {
        return false;
    }
    let mut day = num(&d[..2]);
    if day > 40 {
        day -= 40; // D-nummer
    }
    let month = num(&d[2..4]) % 40; // H-nummer / test numbers add 40 or 80 to the month
    if !valid_ymd(2000, month, day) {
        return false;
    }
    let k = |w: &[u32], n: usize| {
        let r = 11 - weighted(&d[..n], w) % 11;
        if r == 11 {
            Some(0)
        } else if r == 10 {
            None
        } else {
            Some(r)
        }
    };
    k(&[3, 7, 6, 1, 8, 9, 4, 5, 2], 9) == Some(d[9] as u32)
        && k(&[5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 10) == Some(d[10] as u32)
}

/// Danish CPR-nummer: DDMMYY-SSSS with a real date (the mod-11 rule was dropped in 2007).
fn dk_cpr(s: &str) -> bool {
    let Some(d) = digits(s, &['-', ' ']) else { return false };
    d.len() == 10 && valid_ymd(2000, num(&d[2..4]), num(&d[..2])) && !all_same(&d[6..])
}

/// Russian INN: 10 digits (organisation, one check digit) or 12 (person, two).
fn ru_inn(s: &str) -> bool {
    let Some(d) = digits(s, &[' ']) else { return false };
    let c = |w: &[u32], n: usize| (weighted(&d[..n], w) % 11 % 10) as u8;
    match d.len() {
        10 => !all_same(&d) && c(&[2, 4, 10, 3, 5, 9, 4, 6, 8], 9) == d[9],
        12 => {
            !all_same(&d)
                && c(&[7, 2, 4, 10, 3, 5, 9, 4, 6, 8], 10) == d[10]
                && c(&[3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8], 11) == d[11]
        }
        _ => false,
    }
}

/// Russian SNILS: 9 digits and a 2-digit check (weights 9..1, mod 101, 100 -> 00).
fn ru_snils(s: &str) -> bool {
    let Some(d) = digits(s, &[' ', '-']) else { return false };
    if d.len() != 11 || all_same(&d[..9]) {
        return false;
    }
    let sum = weighted(&d[..9], &[9, 8, 7, 6, 5, 4, 3, 2, 1]) % 101;
    let check = if sum == 100 { 0 } else { sum };
    check == num(&d[9..])
}

/// A numeric date (Y-M-D, D.M.Y, M/D/Y, D/M/Y...) that exists in some reading and
/// whose year is plausible for a birth date; texts with month names pass through.
fn plausible_date(s: &str) -> bool {
    if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        // ISO 8601 basic (19840826): a year first, then a month and a day.
        let (y, m, d) = (s[..4].parse().unwrap_or(0), s[4..6].parse().unwrap_or(0), s[6..].parse().unwrap_or(0));
        return (1880..=2030).contains(&y) && valid_ymd(y, m, d);
    }
    let parts: Vec<&str> = s.split(|c: char| !c.is_ascii_digit()).filter(|p| !p.is_empty()).collect();
    if parts.len() != 3 || s.chars().any(|c| c.is_alphabetic() && !matches!(c, '年' | '月' | '日')) {
        // Month names or other forms: the regex already constrained them.
        return parts.len() >= 2 || s.chars().any(|c| c.is_alphabetic());
    }
    let n: Vec<u32> = parts.iter().map(|p| p.parse::<u32>().unwrap_or(u32::MAX)).collect();
    let year_ok = |y: u32, len: usize| if len == 4 { (1880..=2030).contains(&y) } else { len == 2 };
    if parts[0].len() == 4 {
        return year_ok(n[0], 4) && valid_ymd(n[0], n[1], n[2]);
    }
    let y = if parts[2].len() == 2 { 2000 } else { n[2] };
    year_ok(n[2], parts[2].len()) && (valid_ymd(y, n[1], n[0]) || valid_ymd(y, n[0], n[1]))
}

/// A passport number's shape, once context has said it is one: 6 to 10 letters and
/// digits with at least two digits; an all-digit number has 8 or 9 (US, UK, SE, RU...).
/// The Dutch layout (two letters, six letters or digits, a check digit) may hold one
/// digit only, its last: nine upper-case characters, two letters first, a digit last.
fn passport_number(s: &str) -> bool {
    let c: Vec<u8> = s.bytes().filter(|b| *b != b' ').collect();
    let digits = c.iter().filter(|b| b.is_ascii_digit()).count();
    let dutch = c.len() == 9 && c[..2].iter().all(u8::is_ascii_uppercase) && c[8].is_ascii_digit();
    if !(6..=10).contains(&c.len()) || !c.iter().all(u8::is_ascii_alphanumeric) || (digits < 2 && !dutch) {
        return false;
    }
    if digits == c.len() {
        return (8..=10).contains(&c.len()) && !all_same(&c);
    }
    !c.iter().any(u8::is_ascii_lowercase)
}

/// A driving licence number's shape, once context has said it is one: 5 to 18
/// letters and digits (separators allowed) with at least 4 digits.
fn licence_number(s: &str) -> bool {
    let c: Vec<u8> = s.bytes().filter(|b| !matches!(b, b' ' | b'-' | b'*')).collect();
    let digits = c.iter().filter(|b| b.is_ascii_digit()).count();
    (5..=18).contains(&c.len()) && c.iter().all(u8::is_ascii_alphanumeric) && digits >= 4 && !all_same(&c)
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
        assert!(!us_ssn("123-45-6789"));
        assert!(!us_ssn("111-11-1111"));
        assert!(!us_ssn("13930549"));
    }

    #[test]
    fn itin() {
        assert!(us_itin("912-70-1234"));
        assert!(us_itin("987 94 3210"));
        assert!(!us_itin("912-93-1234"));
        assert!(!us_itin("812-70-1234"));
    }

    #[test]
    fn nino() {
        assert!(uk_nino("ZW 52 05 54 A"));
        assert!(uk_nino("AB123456C"));
        assert!(!uk_nino("GB123456C"));
        assert!(!uk_nino("DA123456C"));
        assert!(!uk_nino("AB123456E"));
        assert!(!uk_nino("A"));
    }

    #[test]
    fn dni_nie() {
        // 12345678 % 23 = 14 -> Z; X1234567 -> 1234567 % 23 = 19 -> L.
        assert!(es_dni("12345678Z"));
        assert!(es_dni("12345678-z"));
        assert!(es_dni("X1234567L"));
        assert!(es_dni("Y7654321G")); // 17654321 % 23 = 4 -> G
        assert!(!es_dni("12345678A"));
        assert!(!es_dni("X1234567M"));
        assert!(!es_dni("Ü"));
    }

    #[test]
    fn bsn() {
        assert!(nl_bsn("111222333"));
        assert!(nl_bsn("123456782"));
        assert!(!nl_bsn("123456789"));
        assert!(!nl_bsn("000000000"));
        assert!(!nl_bsn("12345678"));
    }

    #[test]
    fn nir() {
        // 1 85 05 78 006 084, key = 97 - (1850578006084 mod 97) = 91
        assert!(fr_nir("185057800608491"));
        assert!(fr_nir("1 85 05 78 006 084 91"));
        assert!(!fr_nir("185057800608492"));
        // Corsica: 2A replaced by 19 for the key.
        assert!(fr_nir("2 90 03 2A 004 012 34"));
        assert!(!fr_nir("985057800608491"));
        assert!(!fr_nir("1850578"));
    }

    #[test]
    fn codice_fiscale() {
        assert!(it_codice_fiscale("RSSMRA85T10A562S"));
        assert!(it_codice_fiscale("rssmra85t10a562s"));
        assert!(!it_codice_fiscale("RSSMRA85T10A562T"));
        assert!(!it_codice_fiscale("RSSMRA85Z10A562S"));
        assert!(!it_codice_fiscale("RSSMRA85T10A56"));
    }

    #[test]
    fn pesel() {
        assert!(pl_pesel("90021412340")); // 1990-02-14
        assert!(pl_pesel("02271409867")); // 2002-07-14
        assert!(!pl_pesel("90021412349"));
        assert!(!pl_pesel("90131412340")); // month 13
        assert!(!pl_pesel("00000000000"));
    }

    #[test]
    fn personnummer() {
        assert!(se_personnummer("811218-9876"));
        assert!(se_personnummer("19811218-9876"));
        assert!(se_personnummer("8112189876"));
        assert!(!se_personnummer("811218-9875"));
        assert!(!se_personnummer("811318-9872"));
    }

    #[test]
    fn china_id() {
        assert!(cn_resident_id("11010519491231002X"));
        assert!(!cn_resident_id("110105194912310021"));
        assert!(cn_resident_id("440524198001010013"));
        assert!(!cn_resident_id("440524198013010013")); // month 13
        assert!(!cn_resident_id("4405241880"));
    }

    #[test]
    fn aadhaar() {
        assert!(in_aadhaar("234123412346"));
        assert!(in_aadhaar("2341 2341 2346"));
        assert!(!in_aadhaar("234123412347"));
        assert!(!in_aadhaar("123412341234"));
        assert!(verhoeff(&[2, 3, 6, 3]));
        assert!(!verhoeff(&[2, 3, 6, 4]));
    }

    #[test]
    fn cpf_cnpj() {
        assert!(br_cpf("529.982.247-25"));
        assert!(br_cpf("52998224725"));
        assert!(!br_cpf("529.982.247-26"));
        assert!(!br_cpf("111.111.111-11"));
        assert!(br_cnpj("11.222.333/0001-81"));
        assert!(!br_cnpj("11.222.333/0001-82"));
    }

    #[test]
    fn sin() {
        assert!(ca_sin("130 692 544"));
        assert!(!ca_sin("130 692 545"));
        assert!(!ca_sin("046 454 286")); // 0 is not an issued first digit
    }

    #[test]
    fn steuer_id() {
        let body = [8u8, 6, 0, 9, 5, 7, 4, 2, 8, 1];
        let check = iso7064_mod11_10(&body);
        let s: String = body.iter().chain(std::iter::once(&check)).map(|d| (b'0' + d) as char).collect();
        assert!(de_steuer_id(&s), "{s}");
        let bad: String = body.iter().chain(std::iter::once(&((check + 1) % 10))).map(|d| (b'0' + d) as char).collect();
        assert!(!de_steuer_id(&bad));
        assert!(!de_steuer_id("01234567890"));
        assert!(!de_steuer_id("12345678901")); // no repeated digit
    }

    #[test]
    fn hetu() {
        assert!(fi_hetu("131052-308T"));
        assert!(fi_hetu("131052A308T"));
        assert!(!fi_hetu("131052-308U"));
        assert!(!fi_hetu("321352-308T"));
    }

    #[test]
    fn fnr() {
        assert!(no_fnr("01010750160"));
        assert!(!no_fnr("01010750161"));
        assert!(!no_fnr("32010750160"));
    }

    #[test]
    fn cpr() {
        assert!(dk_cpr("010190-1234"));
        assert!(!dk_cpr("320190-1234"));
    }

    #[test]
    fn inn_snils() {
        assert!(ru_inn("7707083893"));
        assert!(!ru_inn("7707083894"));
        assert!(ru_inn("500100732259"));
        assert!(!ru_inn("500100732258"));
        assert!(ru_snils("112-233-445 95"));
        assert!(!ru_snils("112-233-445 96"));
    }

    #[test]
    fn dates() {
        assert!(plausible_date("1984-04-29"));
        assert!(plausible_date("29.04.1984"));
        assert!(plausible_date("04/29/1984"));
        assert!(plausible_date("1981年7月9日"));
        assert!(plausible_date("29 avril 1984"));
        assert!(!plausible_date("1984-13-29"));
        assert!(!plausible_date("31.02.1984"));
        assert!(!plausible_date("12/12/3021"));
        assert!(plausible_date("19840826"));
        assert!(!plausible_date("19841326"));
        assert!(!plausible_date("30841226"));
        assert!(plausible_date("18-Oct-1984"));
    }

    #[test]
    fn document_shapes() {
        assert!(passport_number("C7R4K29XT"));
        assert!(passport_number("512840397"));
        assert!(passport_number("45 06 731920"));
        assert!(!passport_number("PASSPORT"));
        assert!(!passport_number("2031"));
        assert!(!passport_number("1234567"));
        assert!(!passport_number("expires20"));
        assert!(passport_number("CSUGYVIK6"));
        assert!(!passport_number("CSUGYVIKS"));
        assert!(!passport_number("CSUGYVIK"));
        assert!(!passport_number("Csugyvik6"));
        assert!(licence_number("MORGA753116SM9IJ"));
        assert!(licence_number("D123-4567-8901"));
        assert!(!licence_number("ABCDEF1"));
    }
}
