//! Streams in Python: a plan per scanner (its hold-back, derived once) and a stream
//! state per answer. Converts and calls the core; the logic is in `aiguard_core::stream`.

use aiguard_core::{stream, Match, Release, StreamPlan, StreamState};
use pyo3::prelude::*;

use super::{guarded, kind_mask, text_of, to_py_err, to_python_offsets, PyMatch, PyScanner, DETACH_MIN_BYTES};

/// What one judging step gives Python: (judged text, its char offset in the stream,
/// findings with char offsets relative to that text).
type PyRelease = (String, usize, Vec<PyMatch>);

fn to_py_release(r: Release) -> PyRelease {
    let rel: Vec<Match> =
        r.findings.iter().map(|m| Match { start: m.start - r.start, end: m.end - r.start, ..*m }).collect();
    let found = to_python_offsets(&r.text, rel);
    (r.text, r.start_char, found)
}

/// A scanner's hold-back for streaming, derived from its rules once.
#[pyclass(frozen, module = "aiguard._aiguard", name = "StreamPlan")]
pub struct PyStreamPlan {
    scanner: Py<PyScanner>,
    plan: StreamPlan,
    kinds: aiguard_core::KindMask,
}

#[pymethods]
impl PyStreamPlan {
    #[new]
    #[pyo3(signature = (scanner, kinds = None))]
    fn new(py: Python<'_>, scanner: Py<PyScanner>, kinds: Option<Vec<String>>) -> PyResult<Self> {
        let mask = kind_mask(kinds)?;
        let plan = guarded(py, || StreamPlan::new(&scanner.get().inner, mask), true)?.map_err(|e| to_py_err(py, e))?;
        Ok(PyStreamPlan { scanner, plan, kinds: mask })
    }

    /// (hold-back, lookback) in bytes.
    fn limits(&self) -> (usize, usize) {
        (self.plan.hold, self.plan.lookback)
    }

    /// Per rule in rule-index order: (longest match in bytes or None, reach, back, held around keywords).
    fn rule_reach(&self) -> Vec<(Option<usize>, usize, usize, bool)> {
        self.plan.rule_reach.iter().map(|r| (r.max_len, r.reach, r.back, r.long)).collect()
    }

    /// A new stream; `step`: new bytes that trigger a scan.
    #[pyo3(signature = (step = stream::DEFAULT_STEP))]
    fn open(slf: Py<Self>, step: usize) -> PyStream {
        let kinds = slf.get().kinds;
        PyStream { plan: slf, state: StreamState::new(kinds, step) }
    }
}

/// One stream's state: text held back until judged.
#[pyclass(module = "aiguard._aiguard", name = "Stream")]
pub struct PyStream {
    plan: Py<PyStreamPlan>,
    state: StreamState,
}

#[pymethods]
impl PyStream {
    /// Takes a chunk; returns what is judged now, or None (most small chunks only append).
    fn feed(&mut self, py: Python<'_>, chunk: &Bound<'_, PyAny>) -> PyResult<Option<PyRelease>> {
        let chunk = text_of(chunk)?;
        let plan = self.plan.get();
        let (scanner, state) = (&plan.scanner.get().inner, &mut self.state);
        let result = guarded(py, || state.feed(scanner, &plan.plan, &chunk), chunk.len() >= DETACH_MIN_BYTES)?;
        Ok(result.map_err(|e| to_py_err(py, e))?.map(to_py_release))
    }

    /// Ends the stream and judges everything held.
    fn close(&mut self, py: Python<'_>) -> PyResult<PyRelease> {
        let plan = self.plan.get();
        let detach = self.state.held() >= DETACH_MIN_BYTES;
        let (scanner, state) = (&plan.scanner.get().inner, &mut self.state);
        let result = guarded(py, || state.close(scanner, &plan.plan), detach)?;
        Ok(to_py_release(result.map_err(|e| to_py_err(py, e))?))
    }

    /// Bytes received but not judged yet.
    fn held(&self) -> usize {
        self.state.held()
    }
}
