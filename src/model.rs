//! Binding of the learned detector's model (`aiguard_core::model`): load, save, score,
//! and the feature hashing that training in Python reuses, so that training and scoring
//! can never hash differently.

use std::borrow::Cow;

use aiguard_core::model::{self, Config, LinearModel};
use aiguard_core::offsets;
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use crate::{aiguard_exception, guarded, text_of};

/// (probability, start, end, view) with offsets in code points.
type PyScore = (f32, usize, usize, Option<&'static str>);
/// bits, char n-gram min, char n-gram max, word n-gram max, seed, window bytes.
type PyConfig = (u8, u8, u8, u8, u32, u32);

fn detector_error(py: Python<'_>, err: model::ModelError, source: &str) -> PyErr {
    let msg = format!("{source}: {err}");
    aiguard_exception(py, "DetectorError", msg).unwrap_or_else(pyo3::exceptions::PyValueError::new_err)
}

fn config_of(c: PyConfig) -> Config {
    Config { bits: c.0, char_min: c.1, char_max: c.2, word_max: c.3, seed: c.4, window: c.5 }
}

fn to_chars(text: &str, s: model::Score) -> PyScore {
    let mut offs = [s.start, s.end];
    offsets::bytes_to_chars(text, &mut offs);
    (s.probability, offs[0], offs[1], s.via)
}

#[pyclass(frozen, module = "aiguard._aiguard", name = "LinearModel")]
pub struct PyLinearModel {
    inner: LinearModel,
}

#[pymethods]
impl PyLinearModel {
    /// A model from trained parameters (`weights`: 2^bits signed bytes).
    #[new]
    fn new(py: Python<'_>, config: PyConfig, bias: f32, scale: f32, threshold: f32, weights: &[u8]) -> PyResult<Self> {
        let w = weights.iter().map(|&b| b as i8).collect();
        guarded(py, || LinearModel::new(config_of(config), bias, scale, threshold, w), false)?
            .map(|inner| PyLinearModel { inner })
            .map_err(|e| detector_error(py, e, "model parameters"))
    }

    /// Reads a model file's bytes; `source` names it in errors.
    #[staticmethod]
    fn from_bytes(py: Python<'_>, data: &[u8], source: &str) -> PyResult<Self> {
        guarded(py, || LinearModel::from_bytes(data), false)?
            .map(|inner| PyLinearModel { inner })
            .map_err(|e| detector_error(py, e, source))
    }

    fn to_bytes<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &self.inner.to_bytes())
    }

    fn config(&self) -> PyConfig {
        let c = self.inner.config();
        (c.bits, c.char_min, c.char_max, c.word_max, c.seed, c.window)
    }

    #[getter]
    fn threshold(&self) -> f32 {
        self.inner.threshold()
    }

    /// The best window of the text and its views.
    fn score(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<PyScore> {
        let text = text_of(text)?;
        guarded(py, || to_chars(&text, self.inner.score(&text)), text.len() >= crate::DETACH_MIN_BYTES)
    }

    /// `score` for many texts, with the GIL released.
    fn score_batch(&self, py: Python<'_>, texts: Vec<Bound<'_, PyAny>>) -> PyResult<Vec<PyScore>> {
        let texts: Vec<Cow<'_, str>> = texts.iter().map(text_of).collect::<PyResult<_>>()?;
        guarded(py, || texts.iter().map(|t| to_chars(t, self.inner.score(t))).collect(), true)
    }
}

/// The hashed features of each text as one little-endian u32 array, and the end of each
/// text's features in it (for training; the same hashing as scoring).
#[pyfunction]
pub fn hashed_features<'py>(
    py: Python<'py>,
    texts: Vec<Bound<'py, PyAny>>,
    config: PyConfig,
) -> PyResult<(Bound<'py, PyBytes>, Vec<usize>)> {
    let texts: Vec<Cow<'_, str>> = texts.iter().map(text_of).collect::<PyResult<_>>()?;
    let config = config_of(config);
    let run = || -> Result<(Vec<u32>, Vec<usize>), model::ModelError> {
        let (mut all, mut ends) = (Vec::new(), Vec::with_capacity(texts.len()));
        for t in &texts {
            model::features(&config, t, &mut all)?;
            ends.push(all.len());
        }
        Ok((all, ends))
    };
    let (all, ends) = guarded(py, run, true)?.map_err(|e| detector_error(py, e, "hashing parameters"))?;
    let bytes: Vec<u8> = all.iter().flat_map(|b| b.to_le_bytes()).collect();
    Ok((PyBytes::new(py, &bytes), ends))
}
