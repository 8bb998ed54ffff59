//! Byte offsets (what Rust scans in) to code-point offsets (what Python indexes by).

/// Rewrites UTF-8 byte offsets, each on a char boundary of `text`, as char offsets.
/// Linear in the text: the offsets are visited in sorted order.
pub fn bytes_to_chars(text: &str, offsets: &mut [usize]) {
    if text.is_ascii() {
        return;
    }
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|&i| offsets[i]);
    let (mut byte, mut chars) = (0usize, 0usize);
    for i in order {
        let target = offsets[i];
        chars += text[byte..target].chars().count();
        byte = target;
        offsets[i] = chars;
    }
}

/// Rewrites char offsets of `text` as UTF-8 byte offsets, the inverse of
/// [`bytes_to_chars`]; `None` when one lies past the end of the text.
pub fn chars_to_bytes(text: &str, offsets: &mut [usize]) -> Option<()> {
    if text.is_ascii() {
        return offsets.iter().all(|&o| o <= text.len()).then_some(());
    }
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|&i| offsets[i]);
    let mut bounds = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).enumerate();
    let mut at = bounds.next();
    for i in order {
        // char counts step by one, so this stops on the offset itself
        while at.is_some_and(|(c, _)| c < offsets[i]) {
            at = bounds.next();
        }
        offsets[i] = at?.1;
    }
    Some(())
}

/// The span of each match in char offsets of `text` (Python `str` offsets), in order.
pub fn char_spans(text: &str, matches: &[crate::Match]) -> Vec<(usize, usize)> {
    let mut offs: Vec<usize> = matches.iter().flat_map(|m| [m.start, m.end]).collect();
    bytes_to_chars(text, &mut offs);
    offs.chunks(2).map(|o| (o[0], o[1])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_after_multibyte() {
        let text = "é😀a漢b";
        let mut o = [text.find('a').unwrap(), 0, text.find('b').unwrap(), text.len()];
        bytes_to_chars(text, &mut o);
        assert_eq!(o, [2, 0, 4, 5]);
        let mut back = o;
        assert_eq!(chars_to_bytes(text, &mut back), Some(()));
        assert_eq!(back, [text.find('a').unwrap(), 0, text.find('b').unwrap(), text.len()]);
        assert_eq!(chars_to_bytes(text, &mut [6]), None);
        assert_eq!(chars_to_bytes("ab", &mut [3]), None);
    }
}
