"""A one-line progress display on a terminal (records, MB, MB/s, ETA); silent when
stderr is not a terminal, so piped and CI output stays clean."""

from __future__ import annotations

import sys
import threading
import time
from typing import IO

from .readers import Meter


class Progress:
    def __init__(self, meter: Meter, total_input_bytes: int | None, stream: IO[str] | None = None,
                 enabled: bool | None = None) -> None:
        self.meter, self.total = meter, total_input_bytes
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._started = time.perf_counter()

    def __enter__(self) -> "Progress":
        if self.enabled:
            self._thread = threading.Thread(target=self._run, name="aiguard-progress", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._thread is not None:
            self._stop.set()
            self._thread.join()
            self.stream.write("\r\033[K")
            self.stream.flush()

    def line(self) -> str:
        m = self.meter
        elapsed = max(time.perf_counter() - self._started, 1e-9)
        mb = m.bytes / 1e6
        text = f"{m.records:,} records  {mb:,.1f} MB  {mb / elapsed:,.1f} MB/s"
        done = m.input_position()
        if self.total and done > 0:
            rest = elapsed * (self.total - done) / done
            text += f"  {100 * min(done, self.total) / self.total:.0f}%  ETA {int(rest // 60)}:{int(rest % 60):02d}"
        return text

    def _run(self) -> None:
        while not self._stop.wait(0.25):
            self.stream.write("\r\033[K" + self.line())
            self.stream.flush()
