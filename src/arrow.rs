//! `scan_arrow`: scans an Arrow string column where it lies, without copying the text.
//!
//! The column comes through the Arrow PyCapsule interface (`__arrow_c_array__` or
//! `__arrow_c_stream__`: pyarrow, polars, pandas with Arrow strings, DuckDB, ...) as
//! structs of the Arrow C Data Interface. This is a small reader of exactly what we
//! need from that interface (string, large_string and string_view arrays), written by
//! hand rather than taken from pyo3-arrow (its current release needs pyo3 0.30, and it
//! brings arrow-cast, chrono-tz and numpy into the build) or arrow-rs `ffi` (arrow-array
//! with its dependencies, for three buffer reads): see docs/batch.md.
//!
//! Trust: like every consumer of the C Data Interface, we rely on the producer for the
//! sizes of the buffers it hands over (the interface does not carry them). Everything
//! else that can be checked is: pointers are non-null where data is read, offsets are
//! non-negative and within the data, string views point into existing buffers, and
//! every value is validated as UTF-8 before it is scanned. A violation is an
//! `InputError` naming the row, never a panic.

use std::ffi::{c_char, c_int, c_void, CStr};

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyCapsule, PyCapsuleMethods, PyTuple};
use rayon::prelude::*;

use super::{guarded, guarded_here, kind_mask, to_python_offsets, PyMatch, PyScanner, FORKED_AFTER_POOL, POOL_USED};

#[repr(C)]
struct ArrowSchema {
    format: *const c_char,
    name: *const c_char,
    metadata: *const c_char,
    flags: i64,
    n_children: i64,
    children: *mut *mut ArrowSchema,
    dictionary: *mut ArrowSchema,
    release: Option<unsafe extern "C" fn(*mut ArrowSchema)>,
    private_data: *mut c_void,
}

#[repr(C)]
struct ArrowArray {
    length: i64,
    null_count: i64,
    offset: i64,
    n_buffers: i64,
    n_children: i64,
    buffers: *mut *const c_void,
    children: *mut *mut ArrowArray,
    dictionary: *mut ArrowArray,
    release: Option<unsafe extern "C" fn(*mut ArrowArray)>,
    private_data: *mut c_void,
}

#[repr(C)]
struct ArrowArrayStream {
    get_schema: Option<unsafe extern "C" fn(*mut ArrowArrayStream, *mut ArrowSchema) -> c_int>,
    get_next: Option<unsafe extern "C" fn(*mut ArrowArrayStream, *mut ArrowArray) -> c_int>,
    get_last_error: Option<unsafe extern "C" fn(*mut ArrowArrayStream) -> *const c_char>,
    release: Option<unsafe extern "C" fn(*mut ArrowArrayStream)>,
    private_data: *mut c_void,
}

/// A schema a stream gave us: ours to release.
struct OwnedSchema(ArrowSchema);

/// An array a stream gave us: ours to release, and alive as long as this value.
struct OwnedArray(ArrowArray);

impl OwnedSchema {
    fn empty() -> Self {
        OwnedSchema(ArrowSchema {
            format: std::ptr::null(),
            name: std::ptr::null(),
            metadata: std::ptr::null(),
            flags: 0,
            n_children: 0,
            children: std::ptr::null_mut(),
            dictionary: std::ptr::null_mut(),
            release: None,
            private_data: std::ptr::null_mut(),
        })
    }
}

impl OwnedArray {
    fn empty() -> Self {
        OwnedArray(ArrowArray {
            length: 0,
            null_count: 0,
            offset: 0,
            n_buffers: 0,
            n_children: 0,
            buffers: std::ptr::null_mut(),
            children: std::ptr::null_mut(),
            dictionary: std::ptr::null_mut(),
            release: None,
            private_data: std::ptr::null_mut(),
        })
    }
}

impl Drop for OwnedSchema {
    fn drop(&mut self) {
        if let Some(release) = self.0.release {
            // SAFETY: the producer filled this struct and handed it to us; `release` is
            // its own callback for exactly this struct, called once (the interface's
            // ownership rule), and it marks the struct released.
            unsafe { release(&mut self.0) }
        }
    }
}

impl Drop for OwnedArray {
    fn drop(&mut self) {
        if let Some(release) = self.0.release {
            // SAFETY: as for `OwnedSchema`: the producer's callback, called once, on the
            // struct it filled.
            unsafe { release(&mut self.0) }
        }
    }
}

/// How the strings of a column are laid out, from its format string.
#[derive(Clone, Copy)]
enum Layout {
    Utf8,
    LargeUtf8,
    Utf8View,
}

fn layout_of(schema: &ArrowSchema) -> Result<Layout, String> {
    if schema.format.is_null() {
        return Err("the Arrow schema has no format string".into());
    }
    // SAFETY: a non-null `format` is a NUL-terminated string owned by the schema, which
    // outlives this call (the interface's rule for a schema not yet released).
    let format = unsafe { CStr::from_ptr(schema.format) }.to_bytes();
    match format {
        b"u" => Ok(Layout::Utf8),
        b"U" => Ok(Layout::LargeUtf8),
        b"vu" => Ok(Layout::Utf8View),
        b"+s" => Err("scan_arrow takes a string column, not a table or struct: select one column first".into()),
        other => Err(format!(
            "scan_arrow takes Arrow string, large_string or string_view columns, not format '{}'",
            String::from_utf8_lossy(other)
        )),
    }
}

/// The strings of one array, as slices of its buffers.
enum Strings<'a> {
    Offsets32 { offsets: &'a [i32], data: &'a [u8] },
    Offsets64 { offsets: &'a [i64], data: &'a [u8] },
    Views { views: &'a [[u8; 16]], data: Vec<&'a [u8]> },
}

/// One array of a column: plain slices, so it can cross into the scanning threads.
struct Column<'a> {
    len: usize,
    offset: usize,
    validity: Option<&'a [u8]>,
    strings: Strings<'a>,
}

/// A slice over `len` items at `ptr`, or an empty one when there are none.
///
/// SAFETY (for callers): when `len > 0`, `ptr` must point to `len` initialized,
/// aligned `T`s that stay alive and unmodified for `'a`.
unsafe fn slice<'a, T>(ptr: *const c_void, len: usize, what: &str) -> Result<&'a [T], String> {
    if len == 0 {
        return Ok(&[]);
    }
    if ptr.is_null() {
        return Err(format!("the Arrow array's {what} buffer is missing"));
    }
    if !(ptr as *const T).is_aligned() {
        return Err(format!("the Arrow array's {what} buffer is not aligned"));
    }
    // SAFETY: non-null and aligned (checked above); length and lifetime are the caller's promise.
    Ok(unsafe { std::slice::from_raw_parts(ptr as *const T, len) })
}

fn non_negative(v: i64, what: &str) -> Result<usize, String> {
    usize::try_from(v).map_err(|_| format!("the Arrow array has a negative {what}"))
}

impl<'a> Column<'a> {
    /// Reads the buffers of `array`, whose format is `layout`.
    ///
    /// SAFETY (for callers): `array` is a live, unreleased array of the C Data Interface
    /// with that layout, and it outlives `'a`.
    unsafe fn new(array: &'a ArrowArray, layout: Layout) -> Result<Self, String> {
        let len = non_negative(array.length, "length")?;
        let offset = non_negative(array.offset, "offset")?;
        let end = len.checked_add(offset).ok_or("the Arrow array's length overflows")?;
        let slots = end.checked_add(1).ok_or("the Arrow array's length overflows")?; // offsets: one past the end
        let n_buffers = non_negative(array.n_buffers, "buffer count")?;
        let wanted = match layout {
            Layout::Utf8 | Layout::LargeUtf8 => n_buffers == 3,
            Layout::Utf8View => n_buffers >= 3,
        };
        if !wanted || array.buffers.is_null() {
            return Err(format!("the Arrow string array has {n_buffers} buffers, not the layout of its format"));
        }
        // SAFETY: `buffers` is non-null and holds `n_buffers` pointers (the interface's rule).
        let buffers: &'a [*const c_void] = unsafe { std::slice::from_raw_parts(array.buffers, n_buffers) };
        // The validity bitmap may be absent when nothing is null.
        let validity = if buffers[0].is_null() {
            if array.null_count != 0 {
                return Err("the Arrow array has nulls but no validity bitmap".into());
            }
            None
        } else {
            // SAFETY: a validity bitmap holds one bit per slot from index 0 to offset+length.
            Some(unsafe { slice::<u8>(buffers[0], end.div_ceil(8), "validity")? })
        };
        let strings = match layout {
            Layout::Utf8 => {
                // SAFETY: a string array's offsets buffer holds offset+length+1 i32s.
                let offsets: &[i32] = unsafe { slice(buffers[1], slots, "offsets")? };
                let data_len = non_negative(offsets[end].into(), "string offset")?;
                // SAFETY: its data buffer holds at least as many bytes as the last offset says.
                let data = unsafe { slice(buffers[2], data_len, "data")? };
                Strings::Offsets32 { offsets, data }
            }
            Layout::LargeUtf8 => {
                // SAFETY: as above, with i64 offsets.
                let offsets: &[i64] = unsafe { slice(buffers[1], slots, "offsets")? };
                let data_len = non_negative(offsets[end], "string offset")?;
                // SAFETY: as above.
                let data = unsafe { slice(buffers[2], data_len, "data")? };
                Strings::Offsets64 { offsets, data }
            }
            Layout::Utf8View => {
                // SAFETY: a view array's views buffer holds offset+length 16-byte views
                // (alignment 1 for [u8; 16], so any address is aligned).
                let views: &[[u8; 16]] = unsafe { slice(buffers[1], end, "views")? };
                let n_data = n_buffers - 3;
                // SAFETY: the last buffer holds the byte length of each data buffer as i64.
                let sizes: &[i64] = unsafe { slice(buffers[n_buffers - 1], n_data, "variadic sizes")? };
                let mut data = Vec::with_capacity(n_data);
                for (i, &size) in sizes.iter().enumerate() {
                    // SAFETY: data buffer i holds `sizes[i]` bytes.
                    data.push(unsafe { slice::<u8>(buffers[2 + i], non_negative(size, "buffer size")?, "data")? });
                }
                Strings::Views { views, data }
            }
        };
        Ok(Column { len, offset, validity, strings })
    }

    /// The bytes of row `i` (of this array), None when it is null.
    fn get(&self, i: usize) -> Result<Option<&'a [u8]>, String> {
        let j = self.offset + i;
        if let Some(bits) = self.validity {
            if bits[j / 8] & (1 << (j % 8)) == 0 {
                return Ok(None);
            }
        }
        let bad = || "an Arrow string offset points outside its data".to_string();
        let bytes = match &self.strings {
            Strings::Offsets32 { offsets, data } => {
                let (s, e) =
                    (non_negative(offsets[j].into(), "offset")?, non_negative(offsets[j + 1].into(), "offset")?);
                data.get(s..e).ok_or_else(bad)?
            }
            Strings::Offsets64 { offsets, data } => {
                let (s, e) = (non_negative(offsets[j], "offset")?, non_negative(offsets[j + 1], "offset")?);
                data.get(s..e).ok_or_else(bad)?
            }
            Strings::Views { views, data } => {
                let v: &'a [u8; 16] = &views[j];
                let word = |k: usize| i32::from_le_bytes([v[k], v[k + 1], v[k + 2], v[k + 3]]);
                let len = non_negative(word(0).into(), "view length")?;
                if len <= 12 {
                    &v[4..4 + len]
                } else {
                    let buffer = non_negative(word(8).into(), "view buffer index")?;
                    let start = non_negative(word(12).into(), "view offset")?;
                    let buf = data.get(buffer).ok_or_else(bad)?;
                    buf.get(start..start + len).ok_or_else(bad)?
                }
            }
        };
        Ok(Some(bytes))
    }
}

/// The arrays of the input column, kept alive while their buffers are read.
enum Source<'py> {
    /// `__arrow_c_array__`: the capsules own the structs; we only borrow them.
    Array { _schema: Bound<'py, PyCapsule>, array: Bound<'py, PyCapsule>, layout: Layout },
    /// `__arrow_c_stream__`: the arrays it gave us, ours to release.
    Stream { arrays: Vec<OwnedArray>, layout: Layout },
}

fn capsule<'py>(obj: Bound<'py, PyAny>, name: &CStr) -> PyResult<(Bound<'py, PyCapsule>, *mut c_void)> {
    let cap = obj.cast_into::<PyCapsule>()?;
    let ptr = cap.pointer_checked(Some(name))?.as_ptr();
    Ok((cap, ptr))
}

fn input_error(py: Python<'_>, msg: String) -> PyErr {
    super::aiguard_exception(py, "InputError", msg).unwrap_or_else(pyo3::exceptions::PyValueError::new_err)
}

fn read_source<'py>(obj: &Bound<'py, PyAny>) -> PyResult<Source<'py>> {
    let py = obj.py();
    if obj.hasattr("__arrow_c_array__")? {
        let pair = obj.call_method1("__arrow_c_array__", (py.None(),))?.cast_into::<PyTuple>()?;
        let (schema, schema_ptr) = capsule(pair.get_item(0)?, c"arrow_schema")?;
        let (array, _) = capsule(pair.get_item(1)?, c"arrow_array")?;
        // SAFETY: the capsule named "arrow_schema" holds an ArrowSchema (the PyCapsule
        // interface's rule), alive while the capsule is, which we hold.
        let layout = layout_of(unsafe { &*(schema_ptr as *const ArrowSchema) }).map_err(|m| input_error(py, m))?;
        return Ok(Source::Array { _schema: schema, array, layout });
    }
    if !obj.hasattr("__arrow_c_stream__")? {
        let name = obj.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into());
        return Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "scan_arrow takes an Arrow array (an object with __arrow_c_array__ or __arrow_c_stream__), not {name}"
        )));
    }
    let (_cap, ptr) = capsule(obj.call_method1("__arrow_c_stream__", (py.None(),))?, c"arrow_array_stream")?;
    let stream = ptr as *mut ArrowArrayStream;
    let failed = |what: &str| {
        // SAFETY: `stream` is the live stream of the capsule we hold (`_cap`); its
        // get_last_error returns null or a NUL-terminated message that stays valid
        // until the stream's next call, and we copy it out at once.
        let detail = unsafe {
            match (*stream).get_last_error.map(|f| f(stream)) {
                Some(p) if !p.is_null() => CStr::from_ptr(p).to_string_lossy().into_owned(),
                _ => String::new(),
            }
        };
        input_error(py, format!("the Arrow stream failed to give its {what}: {detail}"))
    };
    // SAFETY: the capsule named "arrow_array_stream" holds a live ArrowArrayStream that
    // we may use until the capsule is released (it releases the stream itself).
    let (get_schema, get_next) = unsafe { ((*stream).get_schema, (*stream).get_next) };
    let (Some(get_schema), Some(get_next)) = (get_schema, get_next) else {
        return Err(input_error(py, "the Arrow stream was already released".into()));
    };
    let mut schema = OwnedSchema::empty();
    // SAFETY: the stream's own callback, on the stream and an empty struct for it to fill.
    if unsafe { get_schema(stream, &mut schema.0) } != 0 {
        return Err(failed("schema"));
    }
    let layout = layout_of(&schema.0).map_err(|m| input_error(py, m))?;
    let mut arrays = Vec::new();
    loop {
        let mut next = OwnedArray::empty();
        // SAFETY: as for get_schema.
        if unsafe { get_next(stream, &mut next.0) } != 0 {
            return Err(failed("next array"));
        }
        if next.0.release.is_none() {
            break; // the end of the stream
        }
        arrays.push(next);
    }
    Ok(Source::Stream { arrays, layout })
}

/// Scans every non-null string of `array` (rows numbered from 0 across its chunks)
/// and returns the findings as columns: (count, [rows i64, starts i64, ends i64,
/// rule indexes u32, scores f32]), each a native-endian `bytes`; offsets in code points.
#[pyfunction]
#[pyo3(signature = (scanner, array, kinds = None, parallel = true))]
pub(crate) fn scan_arrow<'py>(
    py: Python<'py>,
    scanner: &Bound<'py, PyScanner>,
    array: &Bound<'py, PyAny>,
    kinds: Option<Vec<String>>,
    parallel: bool,
) -> PyResult<(usize, [Bound<'py, PyBytes>; 5])> {
    let mask = kind_mask(kinds)?;
    let source = read_source(array)?;
    let columns: Vec<Column<'_>> = match &source {
        Source::Array { array, layout, .. } => {
            let ptr = array.pointer_checked(Some(c"arrow_array"))?.as_ptr() as *const ArrowArray;
            // SAFETY: the capsule holds a live ArrowArray of the schema's layout and we
            // hold the capsule for as long as `columns` lives.
            vec![guarded_here(py, || unsafe { Column::new(&*ptr, *layout) })?.map_err(|m| input_error(py, m))?]
        }
        Source::Stream { arrays, layout } => guarded_here(py, || {
            arrays
                .iter()
                // SAFETY: each array came from the stream, unreleased, with the stream's
                // layout, and is owned by `source`, which outlives `columns`.
                .map(|a| unsafe { Column::new(&a.0, *layout) })
                .collect::<Result<_, _>>()
        })?
        .map_err(|m| input_error(py, m))?,
    };
    let inner = &scanner.get().inner;
    let work = || -> Result<Vec<(i64, PyMatch)>, String> {
        let mut rows: Vec<(i64, &str)> = Vec::new();
        let mut base = 0usize;
        for col in &columns {
            for i in 0..col.len {
                if let Some(bytes) = col.get(i)? {
                    let text = std::str::from_utf8(bytes)
                        .map_err(|_| format!("row {} of the Arrow column is not valid UTF-8", base + i))?;
                    rows.push(((base + i) as i64, text));
                }
            }
            base += col.len;
        }
        let one = |&(row, text): &(i64, &str)| -> Vec<(i64, PyMatch)> {
            to_python_offsets(text, inner.scan(text, mask)).into_iter().map(|m| (row, m)).collect()
        };
        let per_row: Vec<Vec<(i64, PyMatch)>> =
            if !parallel || FORKED_AFTER_POOL.load(std::sync::atomic::Ordering::Relaxed) {
                rows.iter().map(one).collect()
            } else {
                POOL_USED.store(true, std::sync::atomic::Ordering::Relaxed);
                rows.par_iter().map(one).collect()
            };
        Ok(per_row.into_iter().flatten().collect())
    };
    let found = guarded(py, work, true)?.map_err(|m| input_error(py, m))?;
    let mut cols: [Vec<u8>; 5] = Default::default();
    for (row, (rule, start, end, score, _via)) in &found {
        cols[0].extend_from_slice(&row.to_ne_bytes());
        cols[1].extend_from_slice(&(*start as i64).to_ne_bytes());
        cols[2].extend_from_slice(&(*end as i64).to_ne_bytes());
        cols[3].extend_from_slice(&rule.to_ne_bytes());
        cols[4].extend_from_slice(&score.to_ne_bytes());
    }
    Ok((found.len(), cols.map(|v| PyBytes::new(py, &v))))
}
