//! The Python extension `aiguard._aiguard`: converts, releases the GIL, calls the
//! core, converts back. No scanning logic lives here.

use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, Ordering};

use aiguard_core::{offsets, redact, rulesets, Kind, KindMask, Match, Scanner};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use rayon::prelude::*;

mod arrow;
mod leak;
mod model;
mod stream;

/// Texts at least this long are scanned with the GIL released.
const DETACH_MIN_BYTES: usize = 2048;

/// Set in a child process forked after rayon's pool started: its worker threads did
/// not survive the fork, so batches run on the calling thread there.
static FORKED_AFTER_POOL: AtomicBool = AtomicBool::new(false);
static POOL_USED: AtomicBool = AtomicBool::new(false);

/// A finding as it crosses into Python: (rule index, start, end, score, view), offsets in code points.
type PyMatch = (u32, usize, usize, f32, Option<&'static str>);

/// An exception of `aiguard.exceptions` by class name; the message back if that module
/// or class cannot be had (so the caller still raises something, and never panics).
fn aiguard_exception(py: Python<'_>, class: &str, msg: String) -> Result<PyErr, String> {
    let cls = py.import("aiguard.exceptions").and_then(|m| m.getattr(class));
    match cls.ok().and_then(|c| c.cast_into::<pyo3::types::PyType>().ok()) {
        Some(t) => Ok(PyErr::from_type(t, msg)),
        None => Err(msg),
    }
}

/// Maps a core error onto the Python exception hierarchy of `aiguard.exceptions`.
fn to_py_err(py: Python<'_>, err: aiguard_core::Error) -> PyErr {
    let class = match err.kind() {
        aiguard_core::ErrorKind::RulesetSyntax | aiguard_core::ErrorKind::InvalidRule => "RulesetError",
        aiguard_core::ErrorKind::RuleCompile => "RuleCompileError",
        aiguard_core::ErrorKind::Input => "InputError",
    };
    aiguard_exception(py, class, err.to_string()).unwrap_or_else(PyValueError::new_err)
}

/// Runs core work so that a bug can never unwind into Python: a panic becomes
/// `aiguard.AiguardError` and the scan fails closed (no partial result). The message
/// is fixed: a panic's own message may quote the scanned text.
fn guarded<T>(py: Python<'_>, work: impl FnOnce() -> T + Send, detach: bool) -> PyResult<T>
where
    T: Send,
{
    if detach {
        py.detach(|| std::panic::catch_unwind(std::panic::AssertUnwindSafe(work))).map_err(|_| panicked(py))
    } else {
        guarded_here(py, work)
    }
}

/// `guarded` for work that stays on this thread with the GIL held, so it need not be
/// `Send` (e.g. reading buffers through the raw pointers of an Arrow array).
fn guarded_here<T>(py: Python<'_>, work: impl FnOnce() -> T) -> PyResult<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|_| panicked(py))
}

fn panicked(py: Python<'_>) -> PyErr {
    let msg = "internal error while scanning (a bug in aiguard; the scan was aborted, nothing was returned)";
    aiguard_exception(py, "AiguardError", msg.to_string()).unwrap_or_else(pyo3::exceptions::PyRuntimeError::new_err)
}

/// The text of a Python `str`, borrowed when it is valid UTF-8. A lone surrogate
/// (which UTF-8 cannot carry) is replaced by U+FFFD: one code point for one, and
/// three UTF-8 bytes for the three of `surrogatepass`, so no offset moves.
fn text_of<'a>(obj: &'a Bound<'_, PyAny>) -> PyResult<Cow<'a, str>> {
    let s = obj.cast::<PyString>().map_err(|_| {
        let name = obj.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into());
        PyTypeError::new_err(format!("aiguard scans str, not {name} (decode bytes first)"))
    })?;
    if let Ok(t) = s.to_str() {
        return Ok(Cow::Borrowed(t));
    }
    let encoded = s.call_method1("encode", ("utf-8", "surrogatepass"))?;
    let mut bytes = encoded.cast::<PyBytes>()?.as_bytes().to_vec();
    let mut i = 0;
    while i + 2 < bytes.len() {
        if bytes[i] == 0xED && (0xA0..=0xBF).contains(&bytes[i + 1]) {
            bytes[i..i + 3].copy_from_slice("\u{FFFD}".as_bytes());
            i += 3;
        } else {
            i += 1;
        }
    }
    String::from_utf8(bytes)
        .map(Cow::Owned)
        .map_err(|_| PyValueError::new_err("text could not be read as UTF-8 after replacing lone surrogates"))
}

fn kind_mask(kinds: Option<Vec<String>>) -> PyResult<KindMask> {
    let Some(kinds) = kinds else { return Ok(KindMask::ALL) };
    let mut parsed = Vec::with_capacity(kinds.len());
    for k in &kinds {
        parsed.push(
            Kind::parse(k).ok_or_else(|| {
                PyValueError::new_err(format!("unknown kind '{k}' (expected secret, pii or injection)"))
            })?,
        );
    }
    Ok(KindMask::of(&parsed))
}

fn to_python_offsets(text: &str, found: Vec<Match>) -> Vec<PyMatch> {
    let spans = offsets::char_spans(text, &found);
    found.iter().zip(spans).map(|(m, (start, end))| (m.rule, start, end, m.score, m.via)).collect()
}

/// A compiled, immutable scanner; shared freely between threads.
#[pyclass(frozen, module = "aiguard._aiguard", name = "CompiledScanner")]
struct PyScanner {
    inner: Scanner,
}

#[pymethods]
impl PyScanner {
    /// Compiles the given rulesets, `(source name, TOML text)`; `builtin` adds the default ones.
    #[new]
    #[pyo3(signature = (sources, builtin = true))]
    fn new(py: Python<'_>, sources: Vec<(String, String)>, builtin: bool) -> PyResult<Self> {
        let user = sources.iter().map(|(a, b)| (a.as_str(), b.as_str()));
        let result = guarded(py, || rulesets::load_with_builtin(user, builtin).and_then(Scanner::new), true)?;
        result.map(|inner| PyScanner { inner }).map_err(|e| to_py_err(py, e))
    }

    /// Rule metadata in rule-index order: (id, kind, type, severity, description, source).
    fn rules(&self) -> Vec<(String, &'static str, String, &'static str, String, String)> {
        self.inner
            .rules()
            .iter()
            .map(|r| {
                let x = &r.rule;
                (
                    x.id.clone(),
                    x.kind.as_str(),
                    x.type_.clone(),
                    x.severity.as_str(),
                    x.description.clone(),
                    r.source.clone(),
                )
            })
            .collect()
    }

    /// Rule examples, for the test suite: (rule index, must match, text).
    fn examples(&self) -> Vec<(u32, bool, String)> {
        let mut out = Vec::new();
        for (i, r) in self.inner.rules().iter().enumerate() {
            out.extend(r.rule.examples.matches.iter().map(|t| (i as u32, true, t.clone())));
            out.extend(r.rule.examples.no_match.iter().map(|t| (i as u32, false, t.clone())));
        }
        out
    }

    #[pyo3(signature = (text, kinds = None, exhaustive = false))]
    fn scan(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        kinds: Option<Vec<String>>,
        exhaustive: bool,
    ) -> PyResult<Vec<PyMatch>> {
        let text = text_of(text)?;
        let mask = kind_mask(kinds)?;
        let run = || {
            let found = if exhaustive { self.inner.scan_exhaustive(&text, mask) } else { self.inner.scan(&text, mask) };
            to_python_offsets(&text, found)
        };
        guarded(py, run, text.len() >= DETACH_MIN_BYTES)
    }

    /// Builds now, on all cores with the GIL released, the regexes of the built-in rules,
    /// which are otherwise built on each rule's first use.
    fn build_all(&self, py: Python<'_>) -> PyResult<()> {
        guarded(py, || self.inner.build_all(), true)
    }

    /// Every rule's regex, in rule-index order (for baselines that run the same patterns).
    fn regexes(&self) -> Vec<String> {
        self.inner.rules().iter().map(|r| r.rule.regex.clone()).collect()
    }

    /// Scans many texts on all cores with the GIL released; results in input order.
    /// `parallel=False` keeps the work on the calling thread.
    #[pyo3(signature = (texts, kinds = None, parallel = true))]
    fn scan_batch(
        &self,
        py: Python<'_>,
        texts: Vec<Bound<'_, PyAny>>,
        kinds: Option<Vec<String>>,
        parallel: bool,
    ) -> PyResult<Vec<Vec<PyMatch>>> {
        let texts: Vec<Cow<'_, str>> = texts.iter().map(text_of).collect::<PyResult<_>>()?;
        let mask = kind_mask(kinds)?;
        let one = |t: &Cow<'_, str>| to_python_offsets(t, self.inner.scan(t, mask));
        let run = || {
            if !parallel || FORKED_AFTER_POOL.load(Ordering::Relaxed) || texts.len() < 2 {
                texts.iter().map(one).collect()
            } else {
                POOL_USED.store(true, Ordering::Relaxed);
                texts.par_iter().map(one).collect()
            }
        };
        guarded(py, run, true)
    }
}

/// The spans a redaction replaces (`aiguard.redact.redaction_spans`): `found` holds
/// (start, end, severity rank) in char offsets; the result (start, end, index of the
/// finding it is replaced as), sorted and disjoint. A lone surrogate reads as U+FFFD, so
/// two values that differ only there count as copies: more is redacted, never less.
#[pyfunction]
#[pyo3(signature = (text, found, copies_from = None))]
fn redaction_plan(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    found: Vec<(usize, usize, u8)>,
    copies_from: Option<usize>,
) -> PyResult<Vec<(usize, usize, usize)>> {
    let text = text_of(text)?;
    // All of it inside the guard: the offset conversions slice the text too.
    let run = || {
        let mut offs: Vec<usize> = found.iter().flat_map(|&(s, e, _)| [s, e]).collect();
        offsets::chars_to_bytes(&text, &mut offs)?;
        let spans: Vec<redact::ToRedact> =
            offs.chunks(2).zip(&found).map(|(o, f)| redact::ToRedact { start: o[0], end: o[1], rank: f.2 }).collect();
        let plan = redact::plan(&text, &spans, copies_from);
        let mut offs: Vec<usize> = plan.iter().flat_map(|r| [r.start, r.end]).collect();
        offsets::bytes_to_chars(&text, &mut offs);
        Some(offs.chunks(2).zip(&plan).map(|(o, r)| (o[0], o[1], r.lead)).collect())
    };
    guarded_here(py, run)?.ok_or_else(|| PyValueError::new_err("a redaction span lies past the end of the text"))
}

/// Exercises the panic guard (for the test suite): a panic whose message quotes a
/// value must surface as `AiguardError` without that value.
#[pyfunction]
#[allow(clippy::panic)] // the one deliberate panic: the test of the guard
fn _selftest_panic(py: Python<'_>, quoted: String) -> PyResult<()> {
    guarded(py, move || panic!("would leak {quoted}"), false)
}

/// Called in a forked child (registered with `os.register_at_fork`).
#[pyfunction]
fn _after_fork_in_child() {
    if POOL_USED.load(Ordering::Relaxed) {
        FORKED_AFTER_POOL.store(true, Ordering::Relaxed);
    }
}

#[pymodule(gil_used = false)]
fn _aiguard(m: &Bound<'_, PyModule>) -> PyResult<()> {
    // This hook serves this extension's own copy of std only. The default one would
    // print the panic message, which may quote scanned text; say where, not what.
    std::panic::set_hook(Box::new(|info| {
        let at = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        eprintln!("aiguard: internal error (panic at {at}); the scan was aborted");
    }));
    m.add_class::<PyScanner>()?;
    m.add_class::<leak::PyLeakIndex>()?;
    m.add_class::<stream::PyStreamPlan>()?;
    m.add_class::<stream::PyStream>()?;
    m.add_class::<model::PyLinearModel>()?;
    m.add_function(wrap_pyfunction!(model::hashed_features, m)?)?;
    m.add_function(wrap_pyfunction!(_after_fork_in_child, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::scan_arrow, m)?)?;
    m.add_function(wrap_pyfunction!(_selftest_panic, m)?)?;
    m.add_function(wrap_pyfunction!(redaction_plan, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
