//! Which parts of a text a redaction replaces. Overlapping findings merge into one span,
//! replaced once, as the most severe (then longest) finding in it; and every other copy
//! of a redacted value long enough not to be a mere word is replaced too, so that no
//! clear copy survives (a secret pasted twice, once where its rule lacked context).
//! Offsets are UTF-8 byte offsets on char boundaries; what replaces a span is the
//! caller's business (placeholders, masks, hashes).

use memchr::memmem;

/// A finding to redact: its span, and how severe it is (the higher leads a merged span).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ToRedact {
    pub start: usize,
    pub end: usize,
    pub rank: u8,
}

/// A span to replace, with the index (in the caller's list) of the finding it is
/// replaced as. A plan's spans are sorted and disjoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Replace {
    pub start: usize,
    pub end: usize,
    pub lead: usize,
}

/// The spans to replace for `found` in `text`: empty findings dropped, overlapping ones
/// merged, and with `copies_from = Some(n)` also every copy, elsewhere in the text, of
/// a replaced value of at least `n` chars that no span covers yet.
pub fn plan(text: &str, found: &[ToRedact], copies_from: Option<usize>) -> Vec<Replace> {
    let spans: Vec<Replace> = found
        .iter()
        .enumerate()
        .filter(|(_, f)| f.end > f.start && f.end <= text.len())
        .map(|(lead, f)| Replace { start: f.start, end: f.end, lead })
        .collect();
    let mut merged = merge(spans, found);
    if let Some(min_chars) = copies_from {
        let extra = copies(text, &merged, min_chars);
        if !extra.is_empty() {
            merged.extend(extra);
            merged = merge(merged, found);
        }
    }
    merged
}

/// Sorted by start; overlapping spans become one, led by the most severe, then longest, finding.
fn merge(mut spans: Vec<Replace>, found: &[ToRedact]) -> Vec<Replace> {
    if spans.windows(2).all(|w| w[0].end <= w[1].start) {
        return spans; // the usual case: already sorted and apart
    }
    spans.sort_by_key(|s| s.start); // stable: of equal starts, the earlier finding comes first
    let weight = |lead: usize| (found[lead].rank, found[lead].end - found[lead].start);
    let mut out: Vec<Replace> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(last) if s.start < last.end => {
                last.end = last.end.max(s.end);
                if weight(s.lead) > weight(last.lead) {
                    last.lead = s.lead;
                }
            }
            _ => out.push(s),
        }
    }
    out
}

/// Copies of replaced values that overlap no span of `merged` (sorted and disjoint).
fn copies(text: &str, merged: &[Replace], min_chars: usize) -> Vec<Replace> {
    let bytes = text.as_bytes();
    // Each distinct value once, with how many spans already hold it and the first's lead.
    let mut values: Vec<(&[u8], usize, usize)> = Vec::new();
    for s in merged {
        let value = &text[s.start..s.end];
        if value.chars().nth(min_chars.saturating_sub(1)).is_none() {
            continue; // shorter than `min_chars`: could be a word
        }
        match values.iter_mut().find(|v| v.0 == value.as_bytes()) {
            Some(v) => v.1 += 1,
            None => values.push((value.as_bytes(), 1, s.lead)),
        }
    }
    let mut extra = Vec::new();
    for (value, covered, lead) in values {
        let finder = memmem::Finder::new(value);
        if finder.find_iter(bytes).nth(covered).is_none() {
            continue; // the common case: every copy already has its span
        }
        let mut from = 0;
        while let Some(i) = finder.find(&bytes[from..]).map(|i| i + from) {
            let j = i + value.len();
            // The last span starting before this copy ends; a valid UTF-8 needle
            // matches only on char boundaries, so `i + 1` is a safe place to go on.
            let k = merged.partition_point(|s| s.start < j);
            if k == 0 || merged[k - 1].end <= i {
                extra.push(Replace { start: i, end: j, lead });
                from = j;
            } else {
                from = i + 1;
            }
        }
    }
    extra
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(start: usize, end: usize, rank: u8) -> ToRedact {
        ToRedact { start, end, rank }
    }

    fn spans(p: &[Replace]) -> Vec<(usize, usize, usize)> {
        p.iter().map(|r| (r.start, r.end, r.lead)).collect()
    }

    #[test]
    fn overlapping_findings_merge_led_by_the_most_severe() {
        let text = "0123456789abcdefghij";
        let found = [f(2, 8, 1), f(5, 12, 3), f(15, 17, 2)];
        assert_eq!(spans(&plan(text, &found, None)), [(2, 12, 1), (15, 17, 2)]);
    }

    #[test]
    fn touching_spans_stay_apart_and_empty_ones_go() {
        let found = [f(4, 8, 0), f(0, 4, 0), f(9, 9, 3)];
        assert_eq!(spans(&plan("aaaabbbbcccc", &found, None)), [(0, 4, 1), (4, 8, 0)]);
    }

    #[test]
    fn every_copy_of_a_long_value_is_replaced_once() {
        let text = "k=Zq8pLm2vNx7w, glued:Zq8pLm2vNx7wZq8pLm2vNx7w and short ab ab";
        let found = [f(2, 14, 3), f(57, 59, 3)];
        let p = plan(text, &found, Some(6));
        assert_eq!(spans(&p), [(2, 14, 0), (22, 34, 0), (34, 46, 0), (57, 59, 1)]);
        // without copies, or when the value is shorter than the bound, only the findings
        assert_eq!(plan(text, &found, None).len(), 2);
        assert_eq!(plan(text, &found, Some(13)).len(), 2);
    }

    #[test]
    fn a_copy_overlapping_a_span_is_skipped_and_the_search_goes_on_inside_it() {
        // "aaaaaa" found at 0..6; the text holds it again at 1 (overlapping the span:
        // skipped, the span already hides all but its last char) and at 8.
        let text = "aaaaaaa aaaaaa";
        let p = plan(text, &[f(0, 6, 2)], Some(6));
        assert_eq!(spans(&p), [(0, 6, 0), (8, 14, 0)]);
    }

    #[test]
    fn multibyte_values_count_in_chars() {
        let text = "pw=😀😀😀😀😀😀 then 😀😀😀😀😀😀";
        let found = [f(3, 3 + 24, 1)];
        assert_eq!(plan(text, &found, Some(6)).len(), 2);
        assert_eq!(plan(text, &found, Some(7)).len(), 1);
    }
}
