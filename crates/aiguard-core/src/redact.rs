//! Which parts of a text a redaction replaces. Overlapping findings merge into one span,
//! replaced once, as the most severe (then longest) finding in it; and every other copy
//! of a redacted value long enough not to be a mere word is replaced too, so that no
//! clear copy survives (a secret pasted twice, once where its rule lacked context).
//! Offsets are UTF-8 byte offsets on char boundaries; what replaces a span is the
//! caller's business (placeholders, masks, hashes).

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, MatchKind};
use memchr::memmem;

/// Up to this many distinct values, each is searched on its own.
const FEW_VALUES: usize = 8;

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
        let extra = copies(text, &merged, min_chars, FEW_VALUES);
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
/// Up to `few` values are each searched with SIMD `memmem`; more (a log holding thousands
/// of addresses) in one Aho-Corasick pass, so that the work stays linear in the text.
fn copies(text: &str, merged: &[Replace], min_chars: usize, few: usize) -> Vec<Replace> {
    // Each distinct value once, with how many spans already hold it and the first's lead.
    let mut index: HashMap<&[u8], usize> = HashMap::new();
    let mut values: Vec<(&[u8], usize, usize)> = Vec::new();
    for s in merged {
        let value = &text[s.start..s.end];
        if value.chars().nth(min_chars.saturating_sub(1)).is_none() {
            continue; // shorter than `min_chars`: could be a word
        }
        match index.get(value.as_bytes()) {
            Some(&v) => values[v].1 += 1,
            None => {
                index.insert(value.as_bytes(), values.len());
                values.push((value.as_bytes(), 1, s.lead));
            }
        }
    }
    // A copy is taken where it overlaps no span, and, of one value, no copy taken before it.
    let mut extra = Vec::new();
    let mut taken_to = vec![0usize; values.len()];
    let mut consider = |v: usize, i: usize, j: usize, extra: &mut Vec<Replace>| {
        // the last span starting before this copy ends
        let k = merged.partition_point(|s| s.start < j);
        if i >= taken_to[v] && (k == 0 || merged[k - 1].end <= i) {
            extra.push(Replace { start: i, end: j, lead: values[v].2 });
            taken_to[v] = j;
        }
    };
    let bytes = text.as_bytes();
    let one_pass = if values.len() > few {
        AhoCorasick::builder().match_kind(MatchKind::Standard).build(values.iter().map(|v| v.0)).ok()
    } else {
        None
    };
    if let Some(ac) = one_pass {
        for m in ac.find_overlapping_iter(bytes) {
            consider(m.pattern().as_usize(), m.start(), m.end(), &mut extra);
        }
    } else {
        for (v, &(value, covered, _)) in values.iter().enumerate() {
            let finder = memmem::Finder::new(value);
            if finder.find_iter(bytes).nth(covered).is_none() {
                continue; // the common case: every copy already has its span
            }
            // Overlapping copies too (a valid UTF-8 needle matches only on char boundaries).
            let mut from = 0;
            while let Some(i) = finder.find(&bytes[from..]).map(|i| i + from) {
                consider(v, i, i + value.len(), &mut extra);
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
    fn many_values_are_searched_in_one_pass_with_the_same_result() {
        // 20 distinct values, each found once and pasted again (once glued to a word,
        // once overlapping its own span's end), searched both ways.
        let mut text = String::new();
        let mut found = Vec::new();
        for n in 0..20 {
            let v = format!("Zq{n:02}x9Lm");
            found.push(f(text.len() + 4, text.len() + 4 + v.len(), (n % 4) as u8));
            text.push_str(&format!("key={v}; again{v} {v}{v}\n"));
        }
        let merged = merge(
            found.iter().enumerate().map(|(lead, t)| Replace { start: t.start, end: t.end, lead }).collect(),
            &found,
        );
        let mut one_pass = copies(&text, &merged, 6, 0);
        let mut each = copies(&text, &merged, 6, usize::MAX);
        one_pass.sort_by_key(|r| r.start);
        each.sort_by_key(|r| r.start);
        assert_eq!(one_pass, each);
        assert_eq!(one_pass.len(), 3 * 20);
        assert_eq!(plan(&text, &found, Some(6)).len(), 4 * 20);
    }

    #[test]
    fn multibyte_values_count_in_chars() {
        let text = "pw=😀😀😀😀😀😀 then 😀😀😀😀😀😀";
        let found = [f(3, 3 + 24, 1)];
        assert_eq!(plan(text, &found, Some(6)).len(), 2);
        assert_eq!(plan(text, &found, Some(7)).len(), 1);
    }
}
