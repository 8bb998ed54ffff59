//! Binding of the leak matcher (`aiguard_core::leak`): prompts and canaries compiled
//! once into an immutable index; `find` converts offsets to Python `str` offsets.

use aiguard_core::leak::{LeakIndex, LeakSource};
use aiguard_core::offsets;
use pyo3::prelude::*;

use crate::{guarded, text_of, to_py_err, DETACH_MIN_BYTES};

/// A leak as it crosses into Python: (source, index, start, end, matched, total), offsets in code points.
type PyLeak = (&'static str, usize, usize, usize, usize, usize);

#[pyclass(frozen, module = "aiguard._aiguard", name = "LeakIndex")]
pub struct PyLeakIndex {
    inner: LeakIndex,
}

#[pymethods]
impl PyLeakIndex {
    #[new]
    #[pyo3(signature = (prompts, canaries, window))]
    fn new(py: Python<'_>, prompts: Vec<String>, canaries: Vec<String>, window: usize) -> PyResult<Self> {
        let built = guarded(py, || LeakIndex::new(&prompts, &canaries, window), true)?;
        built.map(|inner| PyLeakIndex { inner }).map_err(|e| to_py_err(py, e))
    }

    /// Every leak in `text`: (source "prompt" | "canary", index, start, end, matched, total).
    fn find(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Vec<PyLeak>> {
        let text = text_of(text)?;
        let run = || {
            let leaks = self.inner.find(&text);
            let mut offs: Vec<usize> = leaks.iter().flat_map(|l| [l.start, l.end]).collect();
            offsets::bytes_to_chars(&text, &mut offs);
            leaks
                .iter()
                .zip(offs.chunks_exact(2))
                .map(|(l, o)| {
                    let source = match l.source {
                        LeakSource::Prompt => "prompt",
                        LeakSource::Canary => "canary",
                    };
                    (source, l.index, o[0], o[1], l.matched, l.total)
                })
                .collect()
        };
        guarded(py, run, text.len() >= DETACH_MIN_BYTES)
    }
}
