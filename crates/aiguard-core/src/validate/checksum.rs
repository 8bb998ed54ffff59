//! Checksums of payment and banking numbers, and structural checks of network and
//! crypto-currency identifiers.

use sha2::{Digest, Sha256};

use super::{digits, Validator};

pub(super) const VALIDATORS: &[(&str, Validator)] = &[
    ("luhn", luhn),
    ("iban", iban),
    ("ipv4", ipv4),
    ("ipv6", ipv6),
    ("btc-address", btc_address),
];

/// The Luhn mod-10 check (payment cards, IMEI, Canadian SIN...). Spaces and dashes are ignored.
pub fn luhn(s: &str) -> bool {
    let Some(d) = digits(s, &[' ', '-']) else { return false };
    if d.len() < 8 {
        return false;
    }
    let sum: u32 = d.iter().rev().enumerate().map(|(i, &x)| {
        let x = x as u32;
        if i % 2 == 1 { if x * 2 > 9 { x * 2 - 9 } else { x * 2 } } else { x }
    }).sum();
    sum % 10 == 0
}

/// ISO 13616 IBAN: the country's length and the mod-97 check. Spaces are ignored.
pub fn iban(s: &str) -> bool {
    let compact: String = s.chars().filter(|c| !c.is_whitespace() && *c != '-').collect::<String>().to_ascii_uppercase();
    let b = compact.as_bytes();
    if b.len() < 15 || b.len() > 34 || !b[..2].iter().all(u8::is_ascii_uppercase) || !b[2..4].iter().all(u8::is_ascii_digit) {
        return false;
    }
    if let Some(len) = iban_length(&compact[..2]) {
        if len != b.len() {
            return false;
        }
    } else {
        return false;
    }
    let mut rem: u32 = 0;
    for &c in b[4..].iter().chain(&b[..4]) {
        let v = match c {
            b'0'..=b'9' => (c - b'0') as u32,
            b'A'..=b'Z' => (c - b'A') as u32 + 10,
            _ => return false,
        };
        rem = if v >= 10 { (rem * 100 + v) % 97 } else { (rem * 10 + v) % 97 };
    }
    rem == 1
}

/// IBAN length per country (ISO 13616 registry).
fn iban_length(country: &str) -> Option<usize> {
    const LENGTHS: &[(&str, usize)] = &[
        ("AD", 24), ("AE", 23), ("AL", 28), ("AT", 20), ("AZ", 28), ("BA", 20), ("BE", 16), ("BG", 22), ("BH", 22),
        ("BI", 27), ("BR", 29), ("BY", 28), ("CH", 21), ("CR", 22), ("CY", 28), ("CZ", 24), ("DE", 22), ("DJ", 27),
        ("DK", 18), ("DO", 28), ("EE", 20), ("EG", 29), ("ES", 24), ("FI", 18), ("FK", 18), ("FO", 18), ("FR", 27),
        ("GB", 22), ("GE", 22), ("GI", 23), ("GL", 18), ("GR", 27), ("GT", 28), ("HR", 21), ("HU", 28), ("IE", 22),
        ("IL", 23), ("IQ", 23), ("IS", 26), ("IT", 27), ("JO", 30), ("KW", 30), ("KZ", 20), ("LB", 28), ("LC", 32),
        ("LI", 21), ("LT", 20), ("LU", 20), ("LV", 21), ("LY", 25), ("MC", 27), ("MD", 24), ("ME", 22), ("MK", 19),
        ("MN", 20), ("MR", 27), ("MT", 31), ("MU", 30), ("NI", 28), ("NL", 18), ("NO", 15), ("OM", 23), ("PK", 24),
        ("PL", 28), ("PS", 29), ("PT", 25), ("QA", 29), ("RO", 24), ("RS", 22), ("RU", 33), ("SA", 24), ("SC", 31),
        ("SD", 18), ("SE", 24), ("SI", 19), ("SK", 24), ("SM", 27), ("SO", 23), ("ST", 25), ("SV", 28), ("TL", 23),
        ("TN", 24), ("TR", 26), ("UA", 29), ("VA", 22), ("VG", 24), ("XK", 20), ("YE", 30),
    ];
    LENGTHS.iter().find(|(c, _)| *c == country).map(|(_, l)| *l)
}

fn ipv4(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|p| !p.is_empty() && p.len() <= 3 && p.parse::<u16>().is_ok_and(|v| v <= 255) && (p.len() == 1 || !p.starts_with('0')))
}

fn ipv6(s: &str) -> bool {
    s.parse::<std::net::Ipv6Addr>().is_ok()
}

/// Bitcoin addresses: legacy base58check (P2PKH `1`, P2SH `3`) or segwit bech32/bech32m (`bc1`).
pub fn btc_address(s: &str) -> bool {
    if s.len() > 4 && s[..3].eq_ignore_ascii_case("bc1") {
        return bech32_valid(s);
    }
    let Some(raw) = base58_decode(s) else { return false };
    if raw.len() != 25 || !(raw[0] == 0x00 || raw[0] == 0x05) {
        return false;
    }
    let check = Sha256::digest(Sha256::digest(&raw[..21]));
    check[..4] == raw[21..]
}

fn base58_decode(s: &str) -> Option<Vec<u8>> {
    const ALPHABET: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    let mut out: Vec<u8> = Vec::with_capacity(32);
    for c in s.bytes() {
        let mut carry = ALPHABET.iter().position(|&a| a == c)? as u32;
        for b in out.iter_mut().rev() {
            carry += (*b as u32) * 58;
            *b = (carry & 0xff) as u8;
            carry >>= 8;
        }
        while carry > 0 {
            out.insert(0, (carry & 0xff) as u8);
            carry >>= 8;
        }
    }
    let zeros = s.bytes().take_while(|&c| c == b'1').count();
    let mut full = vec![0u8; zeros];
    full.extend(out);
    Some(full)
}

/// BIP-173 / BIP-350 checksum over the human-readable part and data.
fn bech32_valid(s: &str) -> bool {
    const CHARSET: &[u8] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    if s.bytes().any(|b| b.is_ascii_lowercase()) && s.bytes().any(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let s = s.to_ascii_lowercase();
    let Some(pos) = s.rfind('1') else { return false };
    let (hrp, data) = (&s[..pos], &s[pos + 1..]);
    if hrp.is_empty() || data.len() < 6 || s.len() > 90 {
        return false;
    }
    let mut values: Vec<u8> = hrp.bytes().map(|b| b >> 5).collect();
    values.push(0);
    values.extend(hrp.bytes().map(|b| b & 31));
    for c in data.bytes() {
        match CHARSET.iter().position(|&x| x == c) {
            Some(v) => values.push(v as u8),
            None => return false,
        }
    }
    let mut chk: u32 = 1;
    const GEN: [u32; 5] = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
    for v in values {
        let top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v as u32;
        for (i, g) in GEN.iter().enumerate() {
            if (top >> i) & 1 == 1 {
                chk ^= g;
            }
        }
    }
    chk == 1 || chk == 0x2bc830a3 // bech32 (v0) or bech32m (v1+)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_cases() {
        assert!(luhn("4111 1111 1111 1111"));
        assert!(luhn("5402516558371215"));
        assert!(!luhn("4111 1111 1111 1112"));
        assert!(!luhn("4838-3117-9747-5914"));
        assert!(!luhn("abcd"));
    }

    #[test]
    fn iban_cases() {
        assert!(iban("GB82 WEST 1234 5698 7654 32"));
        assert!(iban("DE89370400440532013000"));
        assert!(!iban("GB82 WEST 1234 5698 7654 33"));
        assert!(!iban("AT86 7797 3594 0857 4554"));
        assert!(!iban("DE8937040044053201300")); // one digit short for DE
    }

    #[test]
    fn ip_cases() {
        assert!(ipv4("4.196.73.132"));
        assert!(!ipv4("256.1.1.1"));
        assert!(!ipv4("1.2.3"));
        assert!(ipv6("1ddc:85df:64c4:f9fa:3990:8c4a:fa6e:171"));
        assert!(ipv6("fe80::1"));
        assert!(!ipv6("12:34:56"));
    }

    #[test]
    fn btc_cases() {
        assert!(btc_address("19VRAag2v82eZMcPkf39JWa9jMgaxyXGe8"));
        assert!(!btc_address("19VRAag2v82eZMcPkf39JWa9jMgaxyXGe9"));
        assert!(btc_address("bc1q6r464gch3mdcxhwy8ge4zajrl3w39385ww9q0k"));
        assert!(btc_address("BC1Q6R464GCH3MDCXHWY8GE4ZAJRL3W39385WW9Q0K"));
        assert!(!btc_address("bc1q6r464gch3mdcxhwy8ge4zajrl3w39385ww9q0l"));
        assert!(!btc_address("bC1q6r464gch3mdcxhwy8ge4zajrl3w39385ww9q0k")); // mixed case
    }
}
