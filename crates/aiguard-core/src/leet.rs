//! Reading leetspeak words (`1gn0r3`, `7311`, `ru135`) as the letters they stand for,
//! for the `leetspeak` view of [`crate::normalize`].

/// The letter a leetspeak digit or symbol stands for (`1` as `i`: see [`fold`]).
pub(crate) fn letter(b: u8) -> Option<char> {
    Some(match b {
        b'0' => 'o',
        b'1' => 'i',
        b'3' => 'e',
        b'4' | b'@' => 'a',
        b'5' | b'$' => 's',
        b'7' => 't',
        b'8' => 'b',
        b'9' => 'g',
        _ => return None,
    })
}

/// Words in which leetspeak's `1` stands for `l` rather than `i` (`7311` is "tell",
/// `ru135` "rules", `f0110w1ng` "following"): everyday words of instructions and attacks
/// that hold an `l`, in English and the commonest of the other languages the rules read.
/// A leet word whose `1`s can be read to spell one of them is read so; every other `1`
/// reads as `i`, the commoner letter. Sorted, for a binary search.
#[rustfmt::skip]
const L_WORDS: &[&str] = &[
    "absolutely", "alert", "all", "alla", "alle", "allemaal", "alles", "allow", "allowed", "allowing", "alone",
    "already", "also", "always", "available", "blocked", "blog", "built", "call", "celebrity", "channel",
    "child", "classified", "clean", "clear", "clearly", "clever", "close", "cloud", "compile", "completa",
    "completamente", "complete", "completely", "completo", "complex", "confidential", "control", "controls",
    "cool", "credential", "credentials", "critical", "curl", "deal", "dealer", "degli", "delete", "deleted",
    "della", "delle", "detail", "detailed", "details", "developer", "disable", "disabled", "disallowed",
    "display", "développeur", "earlier", "elevated", "elle", "else", "email", "enable", "enabled", "entwickler",
    "entwicklermodus", "ethical", "evil", "explain", "explicit", "exploit", "exploits", "explosive",
    "explosives", "external", "false", "fictional", "file", "files", "fill", "filter", "filtered", "filtering",
    "filters", "filtre", "filtres", "filtri", "filtro", "filtros", "final", "finally", "flag", "flags", "flow",
    "fly", "folder", "follow", "follower", "following", "follows", "formula", "full", "fully", "girl", "glad",
    "glitch", "global", "goal", "guideline", "guidelines", "hallo", "harmful", "harmless", "hello", "help",
    "helper", "helpful", "hold", "holder", "hotel", "html", "hypothetical", "hypothetically", "idle",
    "ilimitado", "illegal", "illicit", "illimitato", "implement", "implicit", "include", "included", "includes",
    "including", "inicial", "iniciales", "initial", "initially", "iniziale", "iniziali", "invisible",
    "jailbreak", "jailbroken", "kill", "laat", "lab", "label", "labels", "land", "language", "large", "las",
    "last", "late", "later", "launch", "lawful", "layer", "lead", "leak", "leaked", "learn", "learned", "least",
    "leave", "left", "legacy", "legal", "legit", "les", "less", "lesson", "let", "lethal", "letter", "letters",
    "leurs", "level", "levels", "library", "libre", "license", "lie", "lift", "light", "like", "limit",
    "limitation", "limitations", "limited", "limitless", "limits", "line", "lines", "link", "links", "list",
    "listen", "literally", "little", "live", "load", "local", "lock", "locked", "log", "login", "logs", "look",
    "loro", "los", "lost", "loud", "low", "lower", "loyal", "lui", "mail", "mailbox", "malicious", "malware",
    "manual", "medical", "mild", "military", "modalità", "model", "modell", "models", "modèle", "moral",
    "morality", "morals", "nel", "nella", "normal", "normally", "novel", "null", "nulla", "official", "old",
    "olvida", "olvídate", "online", "only", "original", "originale", "originales", "oublie", "oubliez",
    "outline", "overall", "palabra", "palabras", "panel", "parallel", "payload", "people", "personal", "pill",
    "pilot", "plain", "plan", "play", "please", "plus", "policies", "policy", "polite", "political", "portal",
    "privilege", "privileges", "pull", "qualify", "qualsiasi", "quelle", "quelles", "rally", "real", "really",
    "regardless", "regel", "regeln", "regels", "regla", "reglas", "regola", "regole", "relax", "release",
    "relevant", "reliable", "rely", "replace", "replay", "replies", "reply", "result", "results", "reveal",
    "revealed", "reveals", "richtlinien", "rifle", "role", "roleplay", "roles", "roll", "rollback", "rule",
    "rules", "règle", "règles", "safely", "salut", "sample", "scale", "school", "scroll", "self", "sell",
    "settle", "shell", "silent", "simple", "simply", "simulate", "simulation", "single", "skill", "slur",
    "small", "smile", "solely", "solo", "solution", "solve", "special", "spell", "spill", "sql", "still",
    "stolen", "style", "sulla", "sulle", "supplement", "sviluppatore", "sólo", "table", "tablet", "telephone",
    "tell", "telling", "terminal", "tile", "title", "told", "tool", "toolbox", "toolkit", "tools", "total",
    "totally", "translate", "translation", "translations", "trial", "trouble", "truly", "unclear", "unethical",
    "unfiltered", "unlawful", "unlimited", "unload", "unlock", "unlocked", "until", "upload", "uploaded", "url",
    "ursprüngliche", "ursprünglichen", "useful", "usual", "utility", "valid", "value", "vault", "veil",
    "villain", "visible", "volledige", "vollständig", "vollständige", "volume", "voluntarily",
    "vulnerabilities", "vulnerability", "wallet", "welcome", "well", "whale", "while", "whole", "wholly", "wil",
    "wild", "wildly", "will", "willen", "world", "yell",
];

/// Whether `word` is one of [`L_WORDS`] (words of three letters or more, so that `15`
/// does not read as `ls`) or an inflection of one (`rules`, `deleted`, `translating`).
fn is_l_word(word: &str) -> bool {
    let known = |w: &str| L_WORDS.binary_search(&w).is_ok();
    known(word)
        || ["s", "es", "d", "ed", "ing", "ly", "r", "er"].iter().any(|suffix| {
            word.strip_suffix(suffix).is_some_and(|stem| stem.len() >= 3 && (known(stem) || known(&format!("{stem}e"))))
        })
}

/// A leet word read as letters: its digits and symbols as the letters they stand for,
/// its `1`s as `l` where that spells a word of [`L_WORDS`], else as `i`. One character
/// for one, so offsets do not move.
pub(crate) fn fold(word: &str) -> String {
    let folded: Vec<char> = word.chars().map(|c| if c.is_ascii() { letter(c as u8).unwrap_or(c) } else { c }).collect();
    let ones: Vec<usize> = word.chars().enumerate().filter(|&(_, c)| c == '1').map(|(i, _)| i).collect();
    if (1..=6).contains(&ones.len()) {
        for mask in 1u32..1 << ones.len() {
            let mut candidate = folded.clone();
            for (bit, &at) in ones.iter().enumerate() {
                if mask & (1 << bit) != 0 {
                    candidate[at] = 'l';
                }
            }
            let candidate: String = candidate.into_iter().collect();
            if is_l_word(&candidate.to_lowercase()) {
                return candidate;
            }
        }
    }
    folded.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ones_read_as_l_where_that_spells_a_word() {
        for (leet, word) in [
            ("7311", "tell"),
            ("w111", "will"),
            ("ru135", "rules"),
            ("f0110w1ng", "following"),
            ("d3l3t3d", "deleted"),
            ("1gn0r3", "ignore"),
            ("1n57ruc710n5", "instructions"),
            ("15", "is"),
            ("P0L1C135", "PoLiCies"),
            ("r3931n", "regeln"),
        ] {
            assert_eq!(fold(leet), word, "{leet}");
        }
        assert!(L_WORDS.windows(2).all(|w| w[0] < w[1]), "L_WORDS must stay sorted for its binary search");
        assert!(L_WORDS.iter().all(|w| w.chars().count() >= 3 && w.contains('l') && *w == w.to_lowercase()));
    }
}
