//! Prints the normalized and decoded views aiguard scans for a text (read from stdin),
//! to see what the injection rules see.
//!
//!     echo 'i g n o r e   a l l' | cargo run -q -p aiguard-core --example views

use std::io::Read;

fn main() -> std::io::Result<()> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    for v in aiguard_core::normalize::views(&text, true) {
        println!("[{}] {}", v.via, v.text);
    }
    Ok(())
}
