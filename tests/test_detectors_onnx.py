"""The ONNX detector on a tiny classifier and tokenizer built here (nothing is downloaded).

The model sums, over the unmasked tokens, a two-logit embedding in which only the token
`evil` leans to the positive class: a text scores high exactly where a window holds it.
"""

from __future__ import annotations

import json

import pytest

onnx = pytest.importorskip("onnx", reason="needs the extra aiguard[onnx] and onnx")
pytest.importorskip("onnxruntime", reason="needs the extra aiguard[onnx]")
tokenizers = pytest.importorskip("tokenizers", reason="needs the extra aiguard[onnx]")
np = pytest.importorskip("numpy")

from onnx import TensorProto, helper  # noqa: E402

from aiguard import DetectorError, Ruleset, Scanner  # noqa: E402
from aiguard.detectors import OnnxDetector, cascade  # noqa: E402

VOCAB = ["[UNK]", "[CLS]", "[SEP]", "[PAD]", "evil", "hello", "world", "the", "data", "café"]


def build_folder(path, *, labels=("SAFE", "INJECTION"), with_types=False):
    emb = np.zeros((len(VOCAB), 2), dtype=np.float32)
    emb[VOCAB.index("evil")] = [0.0, 6.0]
    emb[:, 0] += 0.5  # every other token leans (a little) to the safe class
    emb[VOCAB.index("[PAD]")] = 0.0
    nodes = [
        helper.make_node("Gather", ["emb", "input_ids"], ["vec"]),
        helper.make_node("Cast", ["attention_mask"], ["maskf"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["maskf", "axis2"], ["mask3"]),
        helper.make_node("Mul", ["vec", "mask3"], ["masked"]),
        helper.make_node("ReduceSum", ["masked", "axis1"], ["summed"], keepdims=0),
        helper.make_node("Min", ["summed", "cap"], ["logits"]),
    ]
    inputs = [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
              helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])]
    if with_types:
        inputs.append(helper.make_tensor_value_info("token_type_ids", TensorProto.INT64, ["batch", "seq"]))
        nodes.append(helper.make_node("Identity", ["token_type_ids"], ["types_out"]))
    outputs = [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", 2])]
    if with_types:
        outputs.append(helper.make_tensor_value_info("types_out", TensorProto.INT64, ["batch", "seq"]))
    inits = [helper.make_tensor("emb", TensorProto.FLOAT, emb.shape, emb.flatten().tolist()),
             helper.make_tensor("axis1", TensorProto.INT64, [1], [1]),
             helper.make_tensor("axis2", TensorProto.INT64, [1], [2]),
             helper.make_tensor("cap", TensorProto.FLOAT, [2], [8.0, 8.0])]
    graph = helper.make_graph(nodes, "tiny-classifier", inputs, outputs, inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    path.mkdir(exist_ok=True)
    onnx.save(model, str(path / "model.onnx"))

    tok = tokenizers.Tokenizer(tokenizers.models.WordLevel({w: i for i, w in enumerate(VOCAB)}, unk_token="[UNK]"))
    tok.normalizer = tokenizers.normalizers.Lowercase()
    tok.pre_tokenizer = tokenizers.pre_tokenizers.Whitespace()
    tok.post_processor = tokenizers.processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", 1), ("[SEP]", 2)])
    tok.save(str(path / "tokenizer.json"))
    (path / "config.json").write_text(json.dumps({"id2label": dict(enumerate(labels)), "max_position_embeddings": 32,
                                                  "pad_token_id": 3}))
    return path


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return build_folder(tmp_path_factory.mktemp("tiny-onnx"))


def test_short_texts_batched_in_order(folder):
    d = OnnxDetector(folder, batch_size=3)
    texts = ["hello world", "the evil data", "hello", "evil", "world world", "data", "café evil"]
    found = d.detect(texts)
    assert [bool(f) for f in found] == [False, True, False, True, False, False, True]
    (f,) = found[1]
    assert texts[1][f.start:f.end] == "the evil data" and f.rule_id == "detector.onnx" and f.score > 0.9
    (f,) = found[6]
    assert texts[6][f.start:f.end] == "café evil"  # offsets in code points


def test_long_text_is_windowed_without_truncation(folder):
    d = OnnxDetector(folder, window=16, stride=4)
    head = "hello world " * 200
    text = head + "evil " + "the data " * 3
    (f,) = d.detect([text])[0]
    at = text.index("evil")
    assert f.start <= at < f.end and f.end - f.start < 100  # one window, not the whole text
    assert d.detect(["hello world " * 300])[0] == []
    # the window holding it sits past any single window's reach: only windowing finds it
    assert len(d.tokenizer.encode(text).overflowing) > 30


def test_in_a_scanner_as_a_cascade(folder):
    rules = Ruleset("none.toml", "")
    s = Scanner([rules], builtin=False, detectors=[cascade(OnnxDetector(folder))])
    assert s.scan("evil data").findings == []  # certain (no rule finding), trusted: skipped
    (f,) = s.scan("evil data", untrusted=True)
    assert f.rule_id == "detector.onnx"


def test_labels_token_types_and_bad_folders(folder, tmp_path):
    assert OnnxDetector(folder).positive == 1
    flipped = build_folder(tmp_path / "flipped", labels=("JAILBREAK", "BENIGN"))
    assert OnnxDetector(flipped).positive == 0 and OnnxDetector(flipped, positive_label="benign").positive == 1
    with pytest.raises(DetectorError, match="not among the model's labels"):
        OnnxDetector(folder, positive_label="toxic")
    typed = build_folder(tmp_path / "typed", with_types=True)
    assert "token_type_ids" in OnnxDetector(typed).inputs and OnnxDetector(typed).detect(["evil"])[0]
    with pytest.raises(DetectorError, match="no model.onnx"):
        OnnxDetector(tmp_path / "missing")
    with pytest.raises(DetectorError, match="stride"):
        OnnxDetector(folder, window=8, stride=8)
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "model.onnx").write_bytes(b"not a model")
    (tmp_path / "broken" / "tokenizer.json").write_text("{}")
    with pytest.raises(DetectorError, match="cannot load the model or tokenizer"):
        OnnxDetector(tmp_path / "broken")
