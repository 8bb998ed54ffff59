"""Guarding an answer while it streams: findings across chunk boundaries, text released
only once it has been judged.

    with scanner.stream(policy=policy) as s:
        for chunk in model_chunks:
            update = s.feed(chunk)          # StreamUpdate(safe_text, findings, blocked)
            if update.blocked:
                break
            send(update.safe_text)
        send(s.close().safe_text)           # the held tail

The engine (Rust) keeps the unjudged tail and scans a window of it once enough new
text has arrived, so each character is scanned a bounded number of times; most small
chunks only append. See docs/streaming.md for the hold-back and its limits.

`guard_text`, `aguard_text`, `guard_chat_chunks` and `aguard_chat_chunks` wrap
iterators of text chunks or of OpenAI-style chat completion chunks
(`choices[i].delta.content`); they import no client library.
"""

from __future__ import annotations

import copy
from typing import Any, AsyncIterable, AsyncIterator, Iterable, Iterator, NamedTuple

from . import _aiguard
from .exceptions import AiguardError, InputError
from .redact import redaction_spans
from .result import Finding

__all__ = ["StreamUpdate", "GuardedStream", "StreamBlocked", "guard_text", "aguard_text", "guard_chat_chunks",
           "aguard_chat_chunks", "join_surrogate_pairs"]


class StreamUpdate(NamedTuple):
    """What one `feed` (or `close`) gives: text now safe to show (redacted where the
    policy says so), the findings judged with it, and whether the stream is blocked."""

    safe_text: str
    findings: tuple[Finding, ...]
    blocked: bool
    reason: str | None = None


_EMPTY = StreamUpdate("", (), False)


class StreamBlocked(AiguardError):
    """Raised by the wrappers when the policy blocks the answer (or the stream fails
    closed). `findings` are those that blocked it; the message names rules, never values."""

    def __init__(self, reason: str, findings: tuple[Finding, ...] = ()) -> None:
        super().__init__(reason)
        self.findings = findings


class _Segment:
    """Judged text addressed by stream offsets, so that `Finding._text[f.start:f.end]`
    is the value although the stream keeps no whole copy of the answer."""

    __slots__ = ("text", "offset")

    def __init__(self, text: str, offset: int) -> None:
        self.text = text
        self.offset = offset

    def __getitem__(self, key: slice) -> str:
        return self.text[key.start - self.offset:key.stop - self.offset]


def join_surrogate_pairs(text: str) -> str:
    """Joins surrogate halves into their character (`"\\ud83d" + "\\ude00"` -> 😀), as
    happens when a JSON-escaped emoji is split across two streamed chunks; lone halves stay."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _is_high_surrogate(c: str) -> bool:
    return "\ud800" <= c <= "\udbff"


class GuardedStream:
    """One streamed answer. Make it with `Scanner.stream(...)`; `feed` chunks, then `close`.

    With a policy (the `aiguard.policy.Policy` contract: `action(finding, direction)`,
    `replacement(finding, value, vault=..., direction=...)`), findings the policy redacts are replaced
    before release and a block stops the stream: that update and every later one carry
    `blocked=True` and no text. With a vault, placeholders in the released text are
    restored to the user's values (also when a placeholder is split across chunks).
    """

    def __init__(self, scanner: Any, *, direction: str = "output", policy: Any = None, vault: Any = None,
                 step: int | None = None) -> None:
        if direction not in ("input", "output"):
            raise ValueError(f"direction must be 'input' or 'output', not {direction!r}")
        plan = scanner.__dict__.get("_stream_plan")
        if plan is None:  # derived once per scanner; a race only derives it twice
            plan = scanner._stream_plan = _aiguard.StreamPlan(scanner._compiled, scanner.kinds)
        self._core = plan.open() if step is None else plan.open(step)
        self._meta = scanner._meta
        self.direction = direction
        self.policy = policy
        self.vault = vault
        self._restorer = vault.restorer() if vault is not None else None
        self._high = ""  # a high surrogate waiting for its low half
        self._closed = False
        self.blocked = False
        self.reason: str | None = None
        self.findings: list[Finding] = []

    # -- the per-chunk path: keep it short, it runs for every token ------------------
    def feed(self, chunk: str) -> StreamUpdate:
        """Takes the next chunk; returns the text that is now safe to show."""
        if not isinstance(chunk, str):
            raise TypeError(f"aiguard streams str chunks, not {type(chunk).__name__}")
        if self._closed:
            raise InputError("the stream is closed")
        if self.blocked:
            return StreamUpdate("", (), True, self.reason)
        if self._high:
            chunk = join_surrogate_pairs(self._high + chunk)
            self._high = ""
        if chunk and _is_high_surrogate(chunk[-1]):
            self._high, chunk = chunk[-1], chunk[:-1]
        try:
            raw = self._core.feed(chunk)
        except InputError as e:  # the hold-back cap: fail closed
            return self._block(str(e), ())
        if raw is None:
            return _EMPTY
        return self._release(*raw)

    def close(self) -> StreamUpdate:
        """Ends the stream: judges and releases everything still held."""
        if self._closed:
            raise InputError("the stream is closed")
        if self.blocked:
            self._closed = True
            return StreamUpdate("", (), True, self.reason)
        first = None
        if self._high:  # a lone high surrogate at the very end
            raw, self._high = self._core.feed(self._high), ""
            first = self._release(*raw) if raw is not None else None
            if first is not None and first.blocked:
                self._closed = True
                return first
        self._closed = True
        update = self._release(*self._core.close())
        if first is not None and not update.blocked:
            update = update._replace(safe_text=first.safe_text + update.safe_text,
                                     findings=first.findings + update.findings)
        if self._restorer is not None and not update.blocked:
            update = update._replace(safe_text=update.safe_text + self._restorer.close())
        return update

    @property
    def held(self) -> int:
        """UTF-8 bytes received but not judged yet (the current hold-back)."""
        return self._core.held()

    def __enter__(self) -> "GuardedStream":
        return self

    def __exit__(self, *exc: object) -> None:
        """Leaving the block ends the stream; call `close()` inside it to get the held tail."""
        self._closed = True

    def _release(self, text: str, offset: int, raw: list) -> StreamUpdate:
        if not raw:
            safe = text
            if self._restorer is not None:
                safe = self._restorer.feed(safe)
            return StreamUpdate(safe, (), False)
        seg = _Segment(text, offset)
        meta = self._meta
        found = tuple(Finding(*meta[r], score, offset + s, offset + e, seg, via) for r, s, e, score, via in raw)
        self.findings.extend(found)
        if self.policy is None:
            safe = self._restore(text)
        else:
            safe = self._apply_policy(text, offset, found)
            if safe is None:
                return self._block("blocked by policy: " + ", ".join(sorted({f.rule_id for f in found})), found)
        return StreamUpdate(safe, found, False)

    def _restore(self, text: str) -> str:
        return self._restorer.feed(text) if self._restorer is not None else text

    def _apply_policy(self, text: str, offset: int, found: tuple[Finding, ...]) -> str | None:
        """The segment redacted per the policy, or None when the policy blocks."""
        redacted = []
        for f in found:
            action = self.policy.action(f, self.direction)
            action = getattr(action, "value", action)  # an Action enum or its string
            if action in ("block", "escalate"):  # escalate holds the answer for a person, as scan() does
                return None
            if action == "redact":  # offsets into this segment, which holds each finding whole
                redacted.append(Finding(f.kind, f.type, f.rule_id, f.severity, f.score, f.start - offset,
                                        f.end - offset, text, f.via))
        # Copies of a value no rule finds stay: released text cannot be taken back, so
        # `every_copy` would make the answer depend on the chunking. Placeholders made
        # here are not restored: only the text around them goes through the restorer.
        out, at = [], 0
        for start, end, f in redaction_spans(text, redacted, every_copy=False):
            out.append(self._restore(text[at:start]))
            if self._restorer is not None:
                out.append(self._restorer.close())  # a placeholder cannot straddle a redaction
            out.append(self.policy.replacement(f, text[start:end], vault=self.vault, direction=self.direction))
            at = end
        out.append(self._restore(text[at:]))
        return "".join(out)

    def _block(self, reason: str, found: tuple[Finding, ...]) -> StreamUpdate:
        self.blocked = True
        self.reason = reason
        return StreamUpdate("", found, True, reason)


def open_stream(scanner: Any, *, direction: str = "output", policy: Any = None, vault: Any = None,
                step: int | None = None) -> GuardedStream:
    return GuardedStream(scanner, direction=direction, policy=policy, vault=vault, step=step)


def _scanner(scanner: Any) -> Any:
    if scanner is None:
        from .scanner import default_scanner
        return default_scanner()
    return scanner


# -- wrappers over iterators of text chunks ------------------------------------------

def _released(update: StreamUpdate) -> str:
    """The update's text; `StreamBlocked` when the policy blocked (nothing more follows)."""
    if update.blocked:
        raise StreamBlocked(update.reason or "blocked", update.findings)
    return update.safe_text


def guard_text(chunks: Iterable[str], scanner: Any = None, **options: Any) -> Iterator[str]:
    """Yields the guarded text of a stream of text chunks (only non-empty pieces).
    Raises `StreamBlocked` when the policy blocks: nothing more of the answer follows."""
    stream = _scanner(scanner).stream(**options)
    for chunk in chunks:
        if text := _released(stream.feed(chunk)):
            yield text
    if text := _released(stream.close()):
        yield text


async def aguard_text(chunks: AsyncIterable[str], scanner: Any = None, **options: Any) -> AsyncIterator[str]:
    """`guard_text` for an async iterator of text chunks."""
    stream = _scanner(scanner).stream(**options)
    async for chunk in chunks:
        if text := _released(stream.feed(chunk)):
            yield text
    if text := _released(stream.close()):
        yield text


# -- wrappers over OpenAI-style chat completion chunks -------------------------------

def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def _with_content(chunk: Any, index: int, content: str | None, *, finish: bool = True) -> Any:
    """A copy of `chunk` whose choice `index` carries `content` (pydantic models, plain
    objects and dicts alike); `finish=False` clears its finish_reason."""
    if isinstance(chunk, dict):
        out = copy.deepcopy(chunk)
    elif hasattr(chunk, "model_copy"):
        out = chunk.model_copy(deep=True)
    else:
        out = copy.deepcopy(chunk)
    for choice in _get(out, "choices") or []:
        if (_get(choice, "index") or 0) == index:
            delta = _get(choice, "delta")
            if isinstance(delta, dict):
                delta["content"] = content
            else:
                delta.content = content
            if not finish:
                if isinstance(choice, dict):
                    choice["finish_reason"] = None
                else:
                    choice.finish_reason = None
    return out


class _ChunkGuard:
    """The shared logic of the chat chunk wrappers: one stream per choice index."""

    def __init__(self, scanner: Any, options: dict[str, Any]) -> None:
        self.scanner = _scanner(scanner)
        self.options = options
        self.streams: dict[int, GuardedStream] = {}
        self.last: Any = None

    def _stream(self, index: int) -> GuardedStream:
        s = self.streams.get(index)
        if s is None:
            s = self.streams[index] = self.scanner.stream(**self.options)
        return s

    @staticmethod
    def _check(update: StreamUpdate) -> None:
        if update.blocked:
            raise StreamBlocked(update.reason or "blocked", update.findings)

    def process(self, chunk: Any) -> list[Any]:
        """The guarded chunks to yield for one incoming chunk (none while all its text is held)."""
        choices = _get(chunk, "choices") or []
        if not choices:
            return [chunk]  # usage-only and other choice-free chunks pass as they are
        self.last = chunk
        out, keep = chunk, False
        for choice in choices:
            index = _get(choice, "index") or 0
            delta = _get(choice, "delta")
            content = _get(delta, "content") if delta is not None else None
            finished = _get(choice, "finish_reason") is not None
            if not content and not finished:
                keep = True  # a role or tool-call delta passes as it is
                continue
            text = ""
            if content:
                update = self._stream(index).feed(content)
                self._check(update)
                text = update.safe_text
            if finished and index in self.streams:
                update = self.streams.pop(index).close()
                self._check(update)
                text += update.safe_text
            keep = keep or bool(text) or finished
            if content or text:
                out = _with_content(out, index, text)
        return [out] if keep else []

    def finish(self) -> list[Any]:
        """Streams that ended without a finish_reason: flush their tails."""
        out = []
        for index, stream in list(self.streams.items()):
            update = stream.close()
            self._check(update)
            if update.safe_text and self.last is not None:
                out.append(_with_content(self.last, index, update.safe_text, finish=False))
        self.streams.clear()
        return out


def guard_chat_chunks(chunks: Iterable[Any], scanner: Any = None, **options: Any) -> Iterator[Any]:
    """Guards an iterator of OpenAI-style chat completion chunks (objects or dicts with
    `choices[i].delta.content`), yielding chunks of the same shape whose content is the
    guarded text. Content held back is released in a later chunk; the finishing chunk
    carries the held tail. Raises `StreamBlocked` when the policy blocks."""
    guard = _ChunkGuard(scanner, options)
    for chunk in chunks:
        yield from guard.process(chunk)
    yield from guard.finish()


async def aguard_chat_chunks(chunks: AsyncIterable[Any], scanner: Any = None, **options: Any) -> AsyncIterator[Any]:
    """`guard_chat_chunks` for an async iterator (e.g. `await client.chat.completions.create(stream=True)`)."""
    guard = _ChunkGuard(scanner, options)
    async for chunk in chunks:
        for out in guard.process(chunk):
            yield out
    for out in guard.finish():
        yield out

