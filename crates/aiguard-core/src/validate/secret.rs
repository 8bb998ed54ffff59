//! Validators for credentials: randomness, provider checksums, token structure,
//! and the placeholder allowlist applied to every secret.

use base64::Engine;

use super::Validator;

pub(super) const VALIDATORS: &[(&str, Validator)] = &[
    ("github-crc32", github_crc32),
    ("jwt", jwt),
    ("not-placeholder", not_placeholder),
];

/// Shannon entropy in bits per character.
pub fn shannon_entropy(s: &str) -> f64 {
    let mut counts = [0u32; 256];
    let mut n = 0u32;
    for b in s.bytes() {
        counts[b as usize] += 1;
        n += 1;
    }
    if n == 0 {
        return 0.0;
    }
    let n = n as f64;
    counts.iter().filter(|&&c| c > 0).map(|&c| {
        let p = c as f64 / n;
        -p * p.log2()
    }).sum()
}

/// Documentation values, templates and redactions that look like a secret but are not one.
pub fn is_placeholder(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    const MARKERS: [&str; 16] = [
        "example", "xxxx", "****", "....", "<your", "your_", "your-", "yourkey", "your key", "placeholder",
        "changeme", "change_me", "redacted", "insert", "dummy", "${",
    ];
    if MARKERS.iter().any(|m| lower.contains(m)) || lower.starts_with('<') || lower.starts_with("{{") {
        return true;
    }
    // One character over half of the value (e.g. "sk-000000000000", "aaaa...").
    let body: Vec<u8> = lower.bytes().filter(|b| b.is_ascii_alphanumeric()).collect();
    if body.len() >= 8 {
        let mut counts = [0usize; 256];
        body.iter().for_each(|&b| counts[b as usize] += 1);
        if counts.iter().max().is_some_and(|&m| m * 2 >= body.len()) {
            return true;
        }
        // Ascending runs such as "1234567890abcdef" or "abcdefgh".
        let ascending = body.windows(2).filter(|w| w[1] == w[0] + 1 || (w[0] == b'9' && w[1] == b'a')).count();
        if ascending * 10 >= (body.len() - 1) * 8 {
            return true;
        }
    }
    false
}

fn not_placeholder(value: &str) -> bool {
    !is_placeholder(value)
}

/// GitHub's token format: prefix `gh?_`, 30 base62 characters of entropy, then a
/// 6-character base62 encoding of the CRC32 of those 30 characters.
fn github_crc32(token: &str) -> bool {
    let Some((_, body)) = token.split_once('_') else { return false };
    if body.len() != 36 || !body.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return false;
    }
    let (random, check) = body.split_at(30);
    base62_fixed(crc32fast::hash(random.as_bytes()), 6) == check
}

fn base62_fixed(mut n: u32, width: usize) -> String {
    const ALPHABET: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let mut out = vec![b'0'; width];
    for slot in out.iter_mut().rev() {
        *slot = ALPHABET[(n % 62) as usize];
        n /= 62;
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Three base64url segments whose header decodes to a JSON object naming an `alg`.
fn jwt(token: &str) -> bool {
    let mut parts = token.split('.');
    let (Some(header), Some(payload)) = (parts.next(), parts.next()) else { return false };
    let decode = |seg: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(seg.trim_end_matches('='));
    let Ok(h) = decode(header) else { return false };
    let h = String::from_utf8_lossy(&h);
    let h = h.trim_start();
    h.starts_with('{') && h.contains("\"alg\"") && decode(payload).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entropy() {
        assert_eq!(shannon_entropy(""), 0.0);
        assert_eq!(shannon_entropy("aaaa"), 0.0);
        assert!((shannon_entropy("abcd") - 2.0).abs() < 1e-9);
    }

    #[test]
    fn placeholders() {
        for p in ["AKIAIOSFODNN7EXAMPLE", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<your-api-key>", "sk-000000000000000000",
                  "1234567890abcdef1234", "${API_KEY}", "{{ secret }}"] {
            assert!(is_placeholder(p), "{p}");
        }
        for r in ["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", "K62DcvkMYF6nF++MID8Gsk5FacUZ4VatBNQRe4Hu"] {
            assert!(!is_placeholder(r), "{r}");
        }
    }

    #[test]
    fn github_checksum() {
        // Built here: 30 random characters plus their CRC32 in base62.
        let random = "aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0";
        let token = format!("ghp_{random}{}", base62_fixed(crc32fast::hash(random.as_bytes()), 6));
        assert!(github_crc32(&token));
        let mut broken = token.clone();
        broken.replace_range(5..6, "Z");
        assert!(!github_crc32(&broken));
        assert!(!github_crc32("ghp_short"));
    }

    #[test]
    fn jwt_structure() {
        let t = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl";
        assert!(jwt(t));
        assert!(!jwt("eyJub3QiOiJqd3QifQ.eyJzdWIiOiIxMjMifQ.c2ln")); // header without alg
        assert!(!jwt("abc.def.ghi"));
    }
}
