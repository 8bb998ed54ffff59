//! Validators for credentials: randomness, provider checksums, token structure,
//! and the placeholder allowlist applied to every secret.

use aho_corasick::AhoCorasick;
use base64::Engine;
use std::sync::OnceLock;

use super::Validator;

pub(super) const VALIDATORS: &[(&str, Validator)] = &[
    ("github-crc32", github_crc32),
    ("jwt", jwt),
    ("not-placeholder", not_placeholder),
    ("generic-secret", generic_secret),
    ("b64-userpass", b64_userpass),
    ("discord-token", discord_token),
    ("mixed-alnum", mixed_alnum),
];

/// Shannon entropy in bits per character.
///
/// Computed as `log2(n) - sum(c * log2(c)) / n` over the counts `c` of the bytes present,
/// visiting only those (a second pass over the value, which also clears the counts) and
/// taking `c * log2(c)` from a table for small counts: it runs on every candidate secret,
/// and summing `-p * log2(p)` over all 256 counts cost five times as much.
pub fn shannon_entropy(s: &str) -> f64 {
    let bytes = s.as_bytes();
    if bytes.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    for &b in bytes {
        counts[b as usize] += 1;
    }
    let table = c_log2_c();
    let mut sum = 0.0;
    for &b in bytes {
        let c = std::mem::take(&mut counts[b as usize]);
        if c != 0 {
            sum += table.get(c as usize).copied().unwrap_or_else(|| f64::from(c) * f64::from(c).log2());
        }
    }
    let n = bytes.len() as f64;
    n.log2() - sum / n
}

/// `c * log2(c)` for the counts most values have.
fn c_log2_c() -> &'static [f64; 128] {
    static TABLE: OnceLock<[f64; 128]> = OnceLock::new();
    TABLE.get_or_init(|| std::array::from_fn(|c| if c == 0 { 0.0 } else { c as f64 * (c as f64).log2() }))
}

/// Words and marks of documentation values, templates and redactions.
const PLACEHOLDER_MARKERS: [&str; 17] = [
    "example",
    "xxxx",
    "****",
    "...",
    "…",
    "<your",
    "your_",
    "your-",
    "yourkey",
    "your key",
    "placeholder",
    "changeme",
    "change_me",
    "redacted",
    "insert",
    "dummy",
    "${",
];

/// Documentation values, templates and redactions that look like a secret but are not one.
pub fn is_placeholder(value: &str) -> bool {
    // Called on every candidate secret: one automaton pass, no allocation.
    static MARKERS: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    let markers =
        MARKERS.get_or_init(|| AhoCorasick::builder().ascii_case_insensitive(true).build(PLACEHOLDER_MARKERS).ok());
    let has_marker = match markers {
        Some(ac) => ac.is_match(value),
        // Unreachable (fixed, valid patterns); without the automaton, search one by one.
        None => {
            let lower = value.to_ascii_lowercase();
            PLACEHOLDER_MARKERS.iter().any(|m| lower.contains(m))
        }
    };
    if has_marker || value.starts_with('<') || value.starts_with("{{") {
        return true;
    }
    // One character over half of the value (e.g. "sk-000000000000", "aaaa...").
    let mut counts = [0u32; 128];
    let (mut body, mut most) = (0usize, 0u32);
    let (mut ascending, mut prev) = (0usize, None::<u8>);
    for b in value.bytes().filter(|b| b.is_ascii_alphanumeric()).map(|b| b.to_ascii_lowercase()) {
        counts[b as usize] += 1;
        most = most.max(counts[b as usize]);
        body += 1;
        // Ascending runs such as "1234567890abcdef" or "abcdefgh".
        if prev.is_some_and(|p| b == p + 1 || (p == b'9' && b == b'a')) {
            ascending += 1;
        }
        prev = Some(b);
    }
    body >= 8 && (most as usize * 2 >= body || ascending * 10 >= (body - 1) * 8)
}

fn not_placeholder(value: &str) -> bool {
    !is_placeholder(value)
}

/// A letter and a digit: random tokens have both, words and names rarely do.
fn mixed_alnum(value: &str) -> bool {
    value.bytes().any(|b| b.is_ascii_alphabetic()) && value.bytes().any(|b| b.is_ascii_digit())
}

/// The value of a `password = ...` / `token: ...` assignment or a "the password is ..."
/// sentence: accepted only if it looks like a literal secret, not a reference to one
/// (a variable, an environment lookup, a template, a path), a plain word or a number.
fn generic_secret(value: &str) -> bool {
    let v = value.trim_matches(|c: char| c == '"' || c == '\'' || c == '`');
    if v.len() < 6 {
        return false;
    }
    let lower = v.to_ascii_lowercase();
    // A generated password may begin with `$` and a symbol (`$-5It$EUP!...`): no variable
    // or shell expansion is written that way, unlike `$VAR`, `${VAR}`, `$(cmd)`, `$1`, `$_ENV`.
    let dollar_literal =
        v.len() >= 10 && v.starts_with('$') && v[1..].starts_with(['-', '!', '%', '^', '&', '*', '+', '=', '?', '~']);
    // References and templates: `$VAR`, `${VAR}`, `%(x)s`, `{{ x }}`, `<x>`, calls and indexing.
    // (One pass over the bytes for the marks looked for anywhere.)
    let bytes = v.as_bytes();
    if (v.starts_with('$') && !dollar_literal)
        || v.starts_with(['<', '{', '[', '@', '*', '/', '\\', '~', '#', '!', '.', ':', '&'])
        || v.ends_with(['@', ':', ')'])
        || v.starts_with("%(")
        || v.starts_with("%{")
        || memchr::memchr3(b'<', b'(', b'[', bytes).is_some()
        || bytes.windows(2).any(|w| matches!(w, b"::" | b"->" | b"${" | b"$(" | b"{{"))
    {
        return false;
    }
    const CODE_PREFIXES: [&str; 34] = [
        "process.env",
        "os.environ",
        "os.getenv",
        "getenv",
        "env.",
        "env:",
        "environ",
        "settings.",
        "config.",
        "conf.",
        "cfg.",
        "self.",
        "this.",
        "secrets.",
        "vars.",
        "params.",
        "props.",
        "request.",
        "req.",
        "input.",
        "args.",
        "options.",
        "opts.",
        "ctx.",
        "context.",
        "var.",
        "local.",
        "module.",
        "system.",
        "keyring",
        "vault:",
        "ref+",
        "http://",
        "https://",
    ];
    if CODE_PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return false;
    }
    // A URL: its credentials, if any, are the URI rules' business.
    if let Some((scheme, _)) = lower.split_once("://") {
        if !scheme.is_empty()
            && scheme.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'.' || b == b'-')
        {
            return false;
        }
    }
    const WORDS: [&str; 22] = [
        "true",
        "false",
        "null",
        "none",
        "nil",
        "undefined",
        "required",
        "optional",
        "string",
        "bytes",
        "secret",
        "password",
        "changeit",
        "replace_me",
        "replaceme",
        "fill_in",
        "notset",
        "not_set",
        "todo",
        "tbd",
        "sample",
        "here",
    ];
    if WORDS.iter().any(|w| lower == *w) || (v.len() < 24 && WORDS.iter().any(|w| w.len() >= 6 && lower.contains(w))) {
        return false;
    }
    // File names and paths.
    const EXTENSIONS: [&str; 10] = [".pem", ".key", ".json", ".txt", ".env", ".p12", ".crt", ".yaml", ".yml", ".pfx"];
    if EXTENSIONS.iter().any(|e| lower.ends_with(e)) {
        return false;
    }
    let has_lower = bytes.iter().any(u8::is_ascii_lowercase);
    let has_upper = bytes.iter().any(u8::is_ascii_uppercase);
    let has_digit = bytes.iter().any(u8::is_ascii_digit);
    let has_symbol = bytes.iter().any(|b| !b.is_ascii_alphanumeric());
    if !has_lower && !has_upper {
        return false; // numbers, dates, versions
    }
    // Environment-variable names (`SENDGRID_API_KEY`), constants.
    if !has_lower
        && bytes.iter().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_')
        && (v.contains('_') || !has_digit)
    {
        return false;
    }
    // Identifiers (`get_password`, `userToken`, `Utf8Key`): at most two digits, and every
    // capital starts a lower-case word (random letters have runs of capitals).
    let identifier = bytes.iter().filter(|b| b.is_ascii_digit()).count() <= 2
        && bytes.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'.' || *b == b'-')
        && bytes.windows(2).all(|w| !(w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase()))
        && bytes.last().is_some_and(|b| !b.is_ascii_uppercase())
        && bytes.iter().filter(|b| b.is_ascii_uppercase()).count() * 4 <= v.len();
    if identifier && (v.len() < 24 || shannon_entropy(v) < 4.0) {
        return false;
    }
    // Code: dotted names (`module.attr`, `other.dot2_token`, `rsa.RSAPrivateKey`) and
    // snake_case / SCREAMING_CASE names with digits (`force_zip64`), where each part is
    // word-like (one case, or no digits); random tokens mix cases and digits in every part.
    let dotted = v.contains('.');
    let word_like = |seg: &str| {
        let b = seg.as_bytes();
        !b.is_empty()
            && (b[0].is_ascii_alphabetic() || b[0] == b'_')
            && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_')
            && (!b.iter().any(u8::is_ascii_uppercase)
                || !b.iter().any(u8::is_ascii_lowercase)
                || (!b.iter().any(u8::is_ascii_digit)
                    && (dotted || b.windows(2).all(|w| !(w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase())))))
    };
    // But a part of 32 or more characters with four digits and four letters is the random
    // body of a token behind a lower-case prefix (`opk_4c716b4b...`, `hl_sk_955052f8...`),
    // not a word of a name (shorter hex parts, such as Paddle's client-side live_<27 hex>,
    // stay names).
    let random_part = |p: &str| {
        p.len() >= 32
            && p.bytes().filter(u8::is_ascii_digit).count() >= 4
            && p.bytes().filter(u8::is_ascii_alphabetic).count() >= 4
    };
    if (v.contains('.') || v.contains('_')) && !v.split(['.', '_']).any(random_part) && v.split('.').all(word_like) {
        return false;
    }
    // Keyword arguments (`capture_output=True`) and file paths (`tests/data-1.deb`).
    if let Some((name, _)) = v.split_once('=') {
        if !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            return false;
        }
    }
    if let Some((_, last)) = v.rsplit_once('/') {
        if last
            .rsplit_once('.')
            .is_some_and(|(_, ext)| (1..=4).contains(&ext.len()) && ext.bytes().all(|b| b.is_ascii_lowercase()))
        {
            return false;
        }
    }
    [has_lower, has_upper, has_digit, has_symbol].iter().filter(|&&c| c).count() >= 2
}

/// Base64 that decodes to `user:password`, as in docker `auths` and `Authorization: Basic`.
fn b64_userpass(value: &str) -> bool {
    let Ok(raw) = base64::engine::general_purpose::STANDARD.decode(value.trim()) else { return false };
    let Ok(text) = std::str::from_utf8(&raw) else { return false };
    match text.split_once(':') {
        Some((user, pass)) => {
            !user.is_empty() && !pass.is_empty() && text.chars().all(|c| !c.is_control()) && !is_placeholder(pass)
        }
        None => false,
    }
}

/// Discord bot token: its first segment is the bot's numeric id (a snowflake) in base64.
fn discord_token(token: &str) -> bool {
    let Some(first) = token.split('.').next() else { return false };
    let Ok(raw) = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(first.trim_end_matches('=')) else {
        return false;
    };
    (17..=20).contains(&raw.len()) && raw.iter().all(u8::is_ascii_digit)
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
        // The definition, summed over every probability, against the counts-table form,
        // also past the table's counts (a byte 300 times) and over non-ASCII bytes.
        let defined = |s: &str| -> f64 {
            let n = s.len() as f64;
            (0..=255u8)
                .map(|b| s.bytes().filter(|&x| x == b).count() as f64 / n)
                .filter(|&p| p > 0.0)
                .map(|p| -p * p.log2())
                .sum()
        };
        let long = format!("{}{}", "z".repeat(300), "ghp_iSfORIQ6pbJqI7EgdEa8a8IFdPd9UVY30jBr");
        for s in ["ab", "aab", "ghp_iSfORIQ6pbJqI7EgdEa8a8IFdPd9UVY30jBr", "pässwörd-ключ-密码", long.as_str()]
        {
            assert!((shannon_entropy(s) - defined(s)).abs() < 1e-9, "{s}");
        }
    }

    #[test]
    fn placeholders() {
        for p in [
            "AKIAIOSFODNN7EXAMPLE",
            "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "<your-api-key>",
            "sk-000000000000000000",
            "1234567890abcdef1234",
            "${API_KEY}",
            "{{ secret }}",
            "sk-ant-api03-...",
            "sk-proj-…",
            "ChangeMe-2024",
            "REDACTED_TOKEN_VALUE",
            "abcdefghijklmnop",
        ] {
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
    #[test]
    fn generic_values() {
        for ok in [
            "Xk9#mP2vLq",
            "hunter2hunter2!",
            "7hc30v5a3bh1rau7dpxrkgss6ih05gcc",
            "Tr0ub4dor&3x",
            "4e69ca69-36e1-b735-4d80-74fe9c001238",
            "cQ$9vN$r9yjmZ~tE",
            "rQ.kV7-pw_Zt93",
            "JRgHFlkNcgwI",
            "npm_sYpVjxpEKNNnyeqrDKzqNvzlCbHcyyhoqxsF",
            "$-5ItqEUP!gKAQUx",
            "$!Rv9kLm2Qz#wT",
            "opk_4c716b4bb6e3e07c1de0d5ff4766739b4a0c219e",
            "hl_sk_955052f8b3ba94547cbcab5c679cfbea07cfeede602020d2",
        ] {
            assert!(generic_secret(ok), "{ok}");
        }
        for no in [
            "getenv(\"X\")",
            "os.environ[",
            "process.env.API_TOKEN",
            "${TOKEN}",
            "$DB_PASSWORD",
            "$1",
            "$_ENV['DB_PASSWORD']",
            "$2b$12$Kq7sY1mQ9vX3pL5rT8wZcO",
            "$-",
            "SENDGRID_API_KEY",
            "REPLACE_ME",
            "get_password",
            "config.apiKey",
            "userAuthToken",
            "getPasswordFromVault",
            "correcthorse",
            "token::Paren",
            ":take_while",
            "authkey)",
            "Utf8SuffixKey",
            "rsa.RSAPrivateKey",
            "other.dot2_token",
            "force_zip64",
            "test_module_v2_compat",
            "build.output_dir_2024q3",
            "capture_output=True",
            "Option<LitFloat>",
            "tests/gdebi-test8.deb",
            "anonymous@",
            "12345678",
            "2024-01-01",
            "true",
            "/etc/secrets/token",
            "key.pem",
            "$DB_PASS",
            "{{ secret }}",
            "%(password)s",
            "https://example.org/x",
            "abc",
            "postgres://USER:PASSWORD@HOST/DB",
        ] {
            assert!(!generic_secret(no), "{no}");
        }
    }

    #[test]
    fn basic_credentials_in_base64() {
        // "deploy:Vq7#pLm2" and "no-colon-here"
        assert!(b64_userpass("ZGVwbG95OlZxNyNwTG0y"));
        assert!(!b64_userpass("bm8tY29sb24taGVyZQ=="));
        assert!(!b64_userpass("!!notbase64"));
    }

    #[test]
    fn discord_snowflake_segment() {
        // base64("412345678901234567") = NDEyMzQ1Njc4OTAxMjM0NTY3
        assert!(discord_token("NDEyMzQ1Njc4OTAxMjM0NTY3.GhT5aQ.k3Jd8sLq0PzXw2VbNn7YcRt4Me1Fo9Ua6Ii"));
        assert!(!discord_token("aGVsbG8gd29ybGQgaGVsbG8.GhT5aQ.k3Jd8sLq0PzXw2VbNn7YcRt4Me1Fo9Ua6Ii"));
    }

    #[test]
    fn letters_and_digits() {
        assert!(mixed_alnum("abc123"));
        assert!(!mixed_alnum("abcdef"));
        assert!(!mixed_alnum("123456"));
    }
}
