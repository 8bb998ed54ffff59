fn main() {
    let text = std::fs::read_to_string("/tmp/t128.txt").unwrap();
    let which = std::env::args().nth(1).unwrap();
    let mut n = 0;
    for _ in 0..10 {
        n += match which.as_str() {
            "views" => aiguard_core::normalize::views(&text, true).len(),
            "count" => text.bytes().filter(|b| b.is_ascii_alphanumeric()).count(),
            _ => { let s = aiguard_core::Scanner::new(aiguard_core::rulesets::builtin().unwrap()).unwrap(); s.scan(&text, aiguard_core::KindMask::ALL).len() }
        };
    }
    println!("{n}");
}
