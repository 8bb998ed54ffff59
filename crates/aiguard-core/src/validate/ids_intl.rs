//! Check digits of more national identity and tax numbers (the fourth blind batch):
//! each validator takes the matched value, separators included, and says whether its
//! check digit (and, where the number holds one, its date) is right.

use super::checksum::luhn_digits;
use super::ids::{all_same, plain, verhoeff, weighted};
use super::{digits, Validator};

pub(super) const VALIDATORS: &[(&str, Validator)] = &[
    ("be-nrn", be_nrn),
    ("pt-nif", pt_nif),
    ("ch-ahv", ch_ahv),
    ("ie-ppsn", ie_ppsn),
    ("mx-curp", mx_curp),
    ("cl-rut", cl_rut),
    ("kr-rrn", kr_rrn),
    ("jp-my-number", jp_my_number),
    ("au-tfn", au_tfn),
    ("tr-tckn", tr_tckn),
    ("il-id", il_id),
    ("za-id", za_id),
    ("sg-nric", sg_nric),
    ("ro-cnp", ro_cnp),
    ("hr-oib", hr_oib),
    ("ee-isikukood", ee_isikukood),
    ("ar-cuit", ar_cuit),
    ("gr-amka", gr_amka),
    ("cz-rodne-cislo", cz_rodne_cislo),
    ("th-national-id", th_national_id),
    // fifth blind batch
    ("sa-national-id", sa_national_id),
    ("ae-emirates-id", ae_emirates_id),
    ("hk-hkid", hk_hkid),
    ("kz-iin", kz_iin),
    ("lv-personas-kods", lv_personas_kods),
    ("lu-matricule", lu_matricule),
    ("bg-egn", bg_egn),
    ("hu-taj", hu_taj),
    ("hu-tax-id", hu_tax_id),
    ("ua-rnokpp", ua_rnokpp),
    ("ec-cedula", ec_cedula),
    ("ir-national-code", ir_national_code),
    ("nz-ird", nz_ird),
    ("au-medicare", au_medicare),
    ("uk-nhs", uk_nhs),
    ("yu-jmbg", yu_jmbg),
    ("at-svnr", at_svnr),
    ("gr-afm", gr_afm),
    ("co-nit", co_nit),
    ("id-nik", id_nik),
    ("eg-national-id", eg_national_id),
    ("vn-cccd", vn_cccd),
    ("card-loose", card_loose),
];

/// A number from its digits (ids of up to 19 digits fit).
fn num(d: &[u8]) -> u64 {
    d.iter().fold(0u64, |a, &x| a.saturating_mul(10).saturating_add(x as u64))
}

/// Month 1-12 and day 1-31 (the year is unknown in two-digit forms).
fn md_ok(m: u64, d: u64) -> bool {
    (1..=12).contains(&m) && (1..=31).contains(&d)
}

/// Belgian national register number: YYMMDD SSS CC, CC = 97 - (first nine mod 97), or
/// of "2" + the first nine for people born from 2000. Month 0 and day 0 are allowed
/// (unknown birth date).
fn be_nrn(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 11 || all_same(&d) || num(&d[2..4]) > 12 || num(&d[4..6]) > 31 {
        return false;
    }
    let (base, check) = (num(&d[..9]), num(&d[9..]));
    97 - base % 97 == check || 97 - (2_000_000_000 + base) % 97 == check
}

/// Portuguese NIF: 9 digits, weights 9..2, check 11 - r (0 when r < 2).
fn pt_nif(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 9 || d[0] == 0 || all_same(&d) {
        return false;
    }
    let r = weighted(&d[..8], &[9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    d[8] as u32 == if r < 2 { 0 } else { 11 - r }
}

/// Swiss AHV/AVS number: 756 and 10 digits, an EAN-13 check digit.
fn ch_ahv(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 13 || d[..3] != [7, 5, 6] {
        return false;
    }
    let sum: u32 = d[..12].iter().enumerate().map(|(i, &x)| x as u32 * if i % 2 == 0 { 1 } else { 3 }).sum();
    (10 - sum % 10) % 10 == d[12] as u32
}

/// Irish PPS number: 7 digits, a check letter (weights 8..2, plus 9 x the value of an
/// optional second letter, mod 23; 0 is W) and that optional letter (A, B, H, W...).
fn ie_ppsn(s: &str) -> bool {
    let b: Vec<u8> = s.bytes().filter(|c| *c != b' ').map(|c| c.to_ascii_uppercase()).collect();
    if !(8..=9).contains(&b.len())
        || !b[..7].iter().all(u8::is_ascii_digit)
        || !b[7..].iter().all(u8::is_ascii_uppercase)
    {
        return false;
    }
    let d: Vec<u8> = b[..7].iter().map(|c| c - b'0').collect();
    let extra = if b.len() == 9 && b[8] != b'W' { 9 * (b[8] - b'A' + 1) as u32 } else { 0 };
    let r = (weighted(&d, &[8, 7, 6, 5, 4, 3, 2]) + extra) % 23;
    b[7] == if r == 0 { b'W' } else { b'A' + r as u8 - 1 }
}

/// Mexican CURP: 18 characters, the last a check digit over the first 17 (values in
/// 0-9 A-N Ñ O-Z, weights 18..2, check (10 - sum mod 10) mod 10); the birth date checked.
fn mx_curp(s: &str) -> bool {
    const ALPHA: &str = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
    let c: Vec<char> = s.chars().collect();
    if c.len() != 18 {
        return false;
    }
    let mut sum = 0u32;
    for (i, ch) in c[..17].iter().enumerate() {
        let Some(v) = ALPHA.chars().position(|a| a == *ch) else { return false };
        sum += v as u32 * (18 - i as u32);
    }
    let date: String = c[4..10].iter().collect();
    let Ok(n) = date.parse::<u64>() else { return false };
    md_ok(n / 100 % 100, n % 100) && c[17].to_digit(10) == Some((10 - sum % 10) % 10)
}

/// Chilean RUT / RUN: body and a mod-11 check (weights 2..7 from the right; 10 is K).
fn cl_rut(s: &str) -> bool {
    let t: String = s.chars().filter(|c| !matches!(c, '.' | ' ')).collect();
    let Some((body, check)) = t.split_once('-') else { return false };
    let Some(d) = digits(body, &[]) else { return false };
    if !(7..=8).contains(&d.len()) || check.len() != 1 {
        return false;
    }
    let sum: u32 = d.iter().rev().zip([2, 3, 4, 5, 6, 7].iter().cycle()).map(|(&x, &w)| x as u32 * w).sum();
    let r = 11 - sum % 11;
    let want = match r {
        11 => '0',
        10 => 'K',
        _ => char::from(b'0' + r as u8),
    };
    check.chars().next().map(|c| c.to_ascii_uppercase()) == Some(want)
}

/// South Korean resident registration number: YYMMDD-GNNNNNN. Numbers issued since
/// October 2020 have no check digit and generated test data often has none either, so
/// only the shape is checked (a month and day in range, not all one digit); the rule
/// wants a word for the number near it.
fn kr_rrn(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    d.len() == 13 && num(&d[2..4]) <= 12 && num(&d[4..6]) <= 31 && !all_same(&d[6..])
}

/// Japanese Individual Number (My Number): 11 digits and a mod-11 check digit.
fn jp_my_number(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 12 || all_same(&d) {
        return false;
    }
    let sum: u32 = d[..11]
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            let n = i as u32 + 1;
            x as u32 * if n <= 6 { n + 1 } else { n - 5 }
        })
        .sum();
    let r = sum % 11;
    d[11] as u32 == if r <= 1 { 0 } else { 11 - r }
}

/// Australian Tax File Number: 9 digits, weights 1 4 3 7 5 8 6 9 10, sum a multiple of 11.
fn au_tfn(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    d.len() == 9 && !all_same(&d) && weighted(&d, &[1, 4, 3, 7, 5, 8, 6, 9, 10]).is_multiple_of(11)
}

/// Turkish identity number (TC Kimlik No): 11 digits, no leading 0; the 11th digit is
/// the sum of the first ten mod 10. (The 10th is a second check in issued numbers, but
/// common test-data generators draw it at random, so it is not required.)
fn tr_tckn(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 11 || d[0] == 0 || all_same(&d) {
        return false;
    }
    d[..10].iter().map(|&x| x as u32).sum::<u32>() % 10 == d[10] as u32
}

/// Israeli identity number (Teudat Zehut): 9 digits (shorter ones zero-padded), Luhn.
fn il_id(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    (5..=9).contains(&d.len()) && !all_same(&d) && luhn_digits(&d)
}

/// South African identity number: YYMMDD SSSS C A Z, 13 digits, citizenship 0-2, Luhn.
fn za_id(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    d.len() == 13 && md_ok(num(&d[2..4]), num(&d[4..6])) && d[10] <= 2 && luhn_digits(&d)
}

/// Singapore NRIC / FIN: S, T, F, G or M, 7 digits and a check letter.
fn sg_nric(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 9 || !b[1..8].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let d: Vec<u8> = b[1..8].iter().map(|c| c - b'0').collect();
    let sum = weighted(&d, &[2, 7, 6, 5, 4, 3, 2]);
    let first = b[0].to_ascii_uppercase();
    let (offset, table): (u32, &[u8; 11]) = match first {
        b'S' => (0, b"JZIHGFEDCBA"),
        b'T' => (4, b"JZIHGFEDCBA"),
        b'F' => (0, b"XWUTRQPNMLK"),
        b'G' => (4, b"XWUTRQPNMLK"),
        b'M' => (3, b"KLJNPQRTUWX"),
        _ => return false,
    };
    table[((sum + offset) % 11) as usize] == b[8].to_ascii_uppercase()
}

/// Romanian CNP: 13 digits, weights 279146358279, check sum mod 11 (10 is 1).
fn ro_cnp(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 13 || d[0] == 0 || !md_ok(num(&d[3..5]), num(&d[5..7])) {
        return false;
    }
    let r = weighted(&d[..12], &[2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
    d[12] as u32 == if r == 10 { 1 } else { r }
}

/// Croatian OIB: 11 digits, ISO 7064 MOD 11,10 check digit.
fn hr_oib(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 11 || all_same(&d) {
        return false;
    }
    let mut a = 10u32;
    for &x in &d[..10] {
        a = (a + x as u32) % 10;
        if a == 0 {
            a = 10;
        }
        a = a * 2 % 11;
    }
    (11 - a) % 10 == d[10] as u32
}

/// Estonian isikukood (also Lithuanian asmens kodas): GYYMMDDSSSC, two-pass mod 11.
fn ee_isikukood(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 11 || !(1..=6).contains(&d[0]) || !md_ok(num(&d[3..5]), num(&d[5..7])) {
        return false;
    }
    let mut r = weighted(&d[..10], &[1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
    if r == 10 {
        r = weighted(&d[..10], &[3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11 % 10;
    }
    r == d[10] as u32
}

/// Argentine CUIT / CUIL: 11 digits (prefix 20, 23, 24, 27, 30, 33, 34), mod-11 check
/// (a remainder of 10 is never issued: the prefix is changed to 23 or 33 instead).
fn ar_cuit(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 11 || ![20, 23, 24, 27, 30, 33, 34].contains(&num(&d[..2])) {
        return false;
    }
    let r = 11 - weighted(&d[..10], &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
    match r {
        11 => d[10] == 0,
        10 => false,
        _ => d[10] as u32 == r,
    }
}

/// Greek AMKA: DDMMYY and 5 digits, the last a Luhn check.
fn gr_amka(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    d.len() == 11 && md_ok(num(&d[2..4]), num(&d[..2])) && luhn_digits(&d)
}

/// Czech / Slovak birth number (rodné číslo): YYMMDD/SSSC, the 10-digit number a
/// multiple of 11 (or remainder 10 with check 0); women's months are +50 (+20/+70 too).
/// Numbers given before 1954 have 9 digits and no check.
fn cz_rodne_cislo(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if !(9..=10).contains(&d.len()) {
        return false;
    }
    let m = num(&d[2..4]) % 50 % 20;
    if !md_ok(m, num(&d[4..6])) {
        return false;
    }
    d.len() == 9 || num(&d).is_multiple_of(11) || (num(&d[..9]) % 11 == 10 && d[9] == 0)
}

/// Thai national id: 13 digits (1-2345-67890-12-3), check 11 - (weights 13..2 mod 11), mod 10.
fn th_national_id(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 13 || d[0] == 0 || all_same(&d) {
        return false;
    }
    let sum: u32 = d[..12].iter().enumerate().map(|(i, &x)| x as u32 * (13 - i as u32)).sum();
    (11 - sum % 11) % 10 == d[12] as u32
}

// ---------------------------------------------------------------- fifth blind batch

/// Saudi national id / iqama: 10 digits, 1 (citizen) or 2 (resident) first, Luhn.
fn sa_national_id(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    d.len() == 10 && (d[0] == 1 || d[0] == 2) && !all_same(&d[1..]) && luhn_digits(&d)
}

/// UAE Emirates ID: 784-YYYY-NNNNNNN-C, Luhn over the 15 digits.
fn ae_emirates_id(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    d.len() == 15 && d[..3] == [7, 8, 4] && matches!(d[3], 1 | 2) && luhn_digits(&d)
}

/// Hong Kong identity card: one or two letters, 6 digits, a check digit or A (weights
/// 9..2 over the letters (A = 10, a missing first letter = 36) and digits, mod 11).
fn hk_hkid(s: &str) -> bool {
    let b: Vec<u8> = s.bytes().filter(|c| !matches!(c, b'(' | b')' | b' ')).map(|c| c.to_ascii_uppercase()).collect();
    if !(8..=9).contains(&b.len()) {
        return false;
    }
    let nl = b.len() - 7;
    if !b[..nl].iter().all(u8::is_ascii_uppercase) || !b[nl..b.len() - 1].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut vals: Vec<u32> = Vec::with_capacity(8);
    if nl == 1 {
        vals.push(36);
    }
    vals.extend(b[..nl].iter().map(|&c| (c - b'A') as u32 + 10));
    vals.extend(b[nl..b.len() - 1].iter().map(|&c| (c - b'0') as u32));
    let sum: u32 = vals.iter().zip([9u32, 8, 7, 6, 5, 4, 3, 2]).map(|(v, w)| v * w).sum();
    let c = (11 - sum % 11) % 11;
    let last = b[b.len() - 1];
    if c == 10 {
        last == b'A'
    } else {
        last == b'0' + c as u8
    }
}

/// Two-pass mod-11 check used by the Kazakh IIN and the Baltic codes: weights 1..; if
/// the remainder is 10, weights shifted by two; a second 10 means `none`.
fn mod11_two_pass(d: &[u8], w1: &[u32], w2: &[u32]) -> Option<u32> {
    let r = weighted(d, w1) % 11;
    if r < 10 {
        return Some(r);
    }
    let r = weighted(d, w2) % 11;
    (r < 10).then_some(r)
}

/// Kazakh individual identification number (IIN): YYMMDD, a century-and-sex digit 1-6,
/// 4 digits, a two-pass mod-11 check.
fn kz_iin(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 12 || !md_ok(num(&d[2..4]), num(&d[4..6])) || !(1..=6).contains(&d[6]) {
        return false;
    }
    mod11_two_pass(&d[..11], &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], &[3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])
        == Some(d[11] as u32)
}

/// Latvian personal code of the old form: DDMMYY-CNNNX, century digit 0-2, X = (1101 -
/// weighted sum) mod 11. The newer codes (32...) have no date and no check.
fn lv_personas_kods(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 11 || !md_ok(num(&d[2..4]), num(&d[..2])) || d[6] > 2 {
        return false;
    }
    let x = (1101 - weighted(&d[..10], &[1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) as i64).rem_euclid(11);
    x == d[10] as i64
}

/// Luxembourg national identification number (matricule): YYYYMMDD, 3 digits, a Luhn
/// digit and a Verhoeff digit, both over the first eleven.
fn lu_matricule(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 13 || !(1900..=2099).contains(&num(&d[..4])) || !md_ok(num(&d[4..6]), num(&d[6..8])) {
        return false;
    }
    let mut v = d[..11].to_vec();
    v.push(d[12]);
    luhn_digits(&d[..12]) && verhoeff(&v)
}

/// Bulgarian EGN: YYMMDD (month + 20 for 1800s, + 40 for 2000s), 3 digits, check with
/// weights 2 4 8 5 10 9 7 3 6 mod 11 (10 is 0).
fn bg_egn(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 10 || all_same(&d) {
        return false;
    }
    let m = num(&d[2..4]) % 20;
    if !md_ok(m, num(&d[4..6])) || num(&d[2..4]) > 52 {
        return false;
    }
    weighted(&d[..9], &[2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11 % 10 == d[9] as u32
}

/// Hungarian social security number (TAJ): 8 digits weighted 3 and 7 by turns, mod 10.
fn hu_taj(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    d.len() == 9 && !all_same(&d) && weighted(&d[..8], &[3, 7, 3, 7, 3, 7, 3, 7]) % 10 == d[8] as u32
}

/// Hungarian tax id (adóazonosító jel): 8, days since 1867-01-01 (5 digits), 3 digits,
/// check = sum of digit x position mod 11.
fn hu_tax_id(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    d.len() == 10 && d[0] == 8 && weighted(&d[..9], &[1, 2, 3, 4, 5, 6, 7, 8, 9]) % 11 == d[9] as u32
}

/// Ukrainian taxpayer number (RNOKPP / IPN): 10 digits, weights -1 5 7 9 4 6 10 5 7,
/// (sum mod 11) mod 10.
fn ua_rnokpp(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 10 || all_same(&d) {
        return false;
    }
    let sum: i64 = d[..9].iter().zip([-1i64, 5, 7, 9, 4, 6, 10, 5, 7]).map(|(&x, w)| x as i64 * w).sum();
    sum.rem_euclid(11) % 10 == d[9] as i64
}

/// Ecuadorian cédula: province 01-24 (30 abroad), third digit below 6, coefficients
/// 2 1 2 1 ... (less 9 past 9), check = 10 - sum mod 10.
fn ec_cedula(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 10 || !matches!(num(&d[..2]), 1..=24 | 30) || d[2] > 5 {
        return false;
    }
    let sum: u32 = d[..9]
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            let v = x as u32 * if i % 2 == 0 { 2 } else { 1 };
            if v > 9 {
                v - 9
            } else {
                v
            }
        })
        .sum();
    (10 - sum % 10) % 10 == d[9] as u32
}

/// Iranian national code (kod-e melli): 10 digits, weights 10..2, r = sum mod 11, check
/// r if r < 2 else 11 - r.
fn ir_national_code(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 10 || all_same(&d[..9]) {
        return false;
    }
    let r = weighted(&d[..9], &[10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    d[9] as u32 == if r < 2 { r } else { 11 - r }
}

/// New Zealand IRD number: 8 or 9 digits in 10,000,000-150,000,000, a mod-11 check with a
/// second set of weights when the first gives 10.
fn nz_ird(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if !(8..=9).contains(&d.len()) {
        return false;
    }
    let n = num(&d[..d.len() - 1]);
    if !(1_000_000..=15_000_000).contains(&n) {
        return false;
    }
    let mut base = vec![0u8; 9 - d.len()];
    base.extend_from_slice(&d[..d.len() - 1]);
    let check = |w: &[u32]| {
        let r = 11 - weighted(&base, w) % 11;
        if r == 11 {
            0
        } else {
            r
        }
    };
    let mut c = check(&[3, 2, 7, 6, 5, 4, 3, 2]);
    if c == 10 {
        c = check(&[7, 4, 3, 2, 5, 2, 7, 6]);
    }
    c < 10 && c == d[d.len() - 1] as u32
}

/// Australian Medicare card number: first digit 2-6, weights 1 3 7 9 1 3 7 9, the 9th
/// digit the sum mod 10, then an issue number (and optionally the person's number).
fn au_medicare(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    (10..=11).contains(&d.len())
        && (2..=6).contains(&d[0])
        && weighted(&d[..8], &[1, 3, 7, 9, 1, 3, 7, 9]) % 10 == d[8] as u32
}

/// UK NHS number: 10 digits, weights 10..2, check 11 - sum mod 11 (11 is 0, 10 never).
fn uk_nhs(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 10 || all_same(&d) {
        return false;
    }
    let c = 11 - weighted(&d[..9], &[10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    let c = if c == 11 { 0 } else { c };
    c < 10 && c == d[9] as u32
}

/// JMBG / EMŠO (former Yugoslav states): DDMMYYY, region, 3 digits, mod-11 check with
/// weights 7..2 twice (11 is 0, 10 never).
fn yu_jmbg(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 13 || !md_ok(num(&d[2..4]), num(&d[..2])) {
        return false;
    }
    let m = 11 - weighted(&d[..12], &[7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
    let m = if m == 11 { 0 } else { m };
    m < 10 && m == d[12] as u32
}

/// Austrian social insurance number (SVNR): 3 digits (not starting with 0), the check
/// digit, DDMMYY; weights 3 7 9 _ 5 8 4 2 1 6 mod 11 (10 never).
fn at_svnr(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 10 || d[0] == 0 || num(&d[4..6]) == 0 || num(&d[4..6]) > 31 || num(&d[6..8]) > 16 {
        return false;
    }
    let c = weighted(&d, &[3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11;
    c < 10 && c == d[3] as u32
}

/// Greek tax number (AFM): 9 digits, sum of digit x 2^(8-i), mod 11, mod 10.
fn gr_afm(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 9 || all_same(&d) {
        return false;
    }
    weighted(&d[..8], &[256, 128, 64, 32, 16, 8, 4, 2]) % 11 % 10 == d[8] as u32
}

/// Colombian NIT: up to 15 digits and a check digit (prime weights 3 7 13 17 ... from the
/// right, r = sum mod 11, r if r < 2 else 11 - r).
fn co_nit(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if !(9..=16).contains(&d.len()) || all_same(&d) {
        return false;
    }
    const W: [u32; 15] = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];
    let body = &d[..d.len() - 1];
    let sum: u32 = body.iter().rev().zip(W).map(|(&x, w)| x as u32 * w).sum();
    let r = sum % 11;
    d[d.len() - 1] as u32 == if r < 2 { r } else { 11 - r }
}

/// Indonesian NIK: province 11-94, regency, district, DD (+40 for women) MM YY, a serial
/// from 0001.
fn id_nik(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 16 || !(11..=94).contains(&num(&d[..2])) || num(&d[12..]) == 0 {
        return false;
    }
    md_ok(num(&d[8..10]), num(&d[6..8]) % 40)
}

/// Egyptian national id: century digit 2 or 3, YYMMDD, governorate code, 4 digits and a
/// check digit whose rule is not published (the date and governorate are checked).
fn eg_national_id(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    if d.len() != 14 || !(2..=3).contains(&d[0]) || !md_ok(num(&d[3..5]), num(&d[5..7])) {
        return false;
    }
    matches!(num(&d[7..9]), 1..=4 | 11..=19 | 21..=35 | 88)
}

/// Vietnamese citizen id (CCCD): province code 001-096, century-and-sex digit 0-9, YY,
/// 6 digits.
fn vn_cccd(s: &str) -> bool {
    let Some(d) = plain(s) else { return false };
    d.len() == 12 && d[0] == 0 && (1..=96).contains(&num(&d[..3])) && !all_same(&d[6..])
}

/// A payment card number written with dots or broken over lines: those separators
/// dropped, then the card checks (brand prefix and length, Luhn).
fn card_loose(s: &str) -> bool {
    let compact: String = s.chars().filter(|c| !matches!(c, '.' | ' ' | '\n' | '\r' | '-')).collect();
    super::checksum::card_iin(&compact) && super::checksum::luhn(&compact)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        assert!(be_nrn("85.07.30-033.28"));
        assert!(!be_nrn("85.07.30-033.29"));
        assert!(pt_nif("123456789"));
        assert!(!pt_nif("123456780"));
        assert!(ch_ahv("756.9217.0769.85"));
        assert!(!ch_ahv("756.9217.0769.84"));
        assert!(ie_ppsn("1234567T"));
        assert!(ie_ppsn("1234567FA"));
        assert!(!ie_ppsn("1234567A"));
        assert!(cl_rut("12.345.678-5"));
        assert!(!cl_rut("12.345.678-K"));
        assert!(au_tfn("123 456 782"));
        assert!(!au_tfn("123 456 781"));
        assert!(tr_tckn("10000000146"));
        assert!(tr_tckn("89340691651"));
        assert!(!tr_tckn("10000000147"));
        assert!(kr_rrn("770608-2848204"));
        assert!(!kr_rrn("771308-2848204"));
        assert!(il_id("123456782"));
        assert!(!il_id("123456781"));
        assert!(za_id("8001015009087"));
        assert!(!za_id("8001015009088"));
        assert!(sg_nric("S1234567D"));
        assert!(!sg_nric("S1234567E"));
        assert!(hr_oib("69435151530"));
        assert!(!hr_oib("69435151531"));
        assert!(ee_isikukood("37605030299"));
        assert!(!ee_isikukood("37605030298"));
        assert!(ar_cuit("20-12345678-6"));
        assert!(!ar_cuit("20-12345678-5"));
        assert!(cz_rodne_cislo("710319/2745"));
        assert!(!cz_rodne_cislo("710319/2746"));
        assert!(cz_rodne_cislo("515212/805"));
        assert!(th_national_id("1-1017-00230-70-8"));
        assert!(!th_national_id("1-1017-00230-70-5"));
    }
}
