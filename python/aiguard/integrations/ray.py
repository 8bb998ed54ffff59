"""Ray Data: scan a dataset of any size on a cluster (`pip install 'aiguard[ray]'`).

    import ray, aiguard.integrations.ray as ag
    ds = ray.data.read_parquet("s3://logs/chat/")
    findings = ag.scan_dataset(ds, "content", keep=["conversation_id"])
    findings.write_parquet("s3://logs/findings/")

Each worker is a Ray actor that compiles the scanner once, then scans every Arrow batch
it is given with `Scanner.scan_arrow` (in place, GIL released). A findings row has the
batch-local `row`, the offsets, kind, type, rule_id, severity, score, and the `keep`
columns of the scanned row (an id, a timestamp) so findings can be joined back.
"""

from __future__ import annotations

import os
from typing import Any, Iterable, Sequence

try:
    import pyarrow as pa
    import ray.data
except ImportError as e:  # pragma: no cover - the message is the point
    raise ImportError("aiguard.integrations.ray needs Ray Data and pyarrow: pip install 'aiguard[ray]'") from e

from ..scanner import Scanner, default_scanner


class ArrowBatchScanner:
    """The callable each Ray worker holds: one compiled scanner per worker process."""

    def __init__(self, column: str, rulesets: Sequence[str] = (), kinds: Iterable[str] | None = None,
                 keep: Sequence[str] = (), threads: int = 1) -> None:
        # Ray already runs one worker per CPU it was given: each scans on `threads` cores
        # (set before the scanner's thread pool starts in this fresh worker process).
        os.environ.setdefault("RAYON_NUM_THREADS", str(threads))
        self.column, self.keep = column, list(keep)
        self.kinds = list(kinds) if kinds is not None else None
        # Built-in rules build their regexes as the data first wakes them: a worker holds
        # only the rules its batches need.
        self.scanner = Scanner(list(rulesets)) if rulesets else default_scanner()

    def __call__(self, batch: pa.Table) -> pa.Table:
        found = self.scanner.scan_arrow(batch.column(self.column), kinds=self.kinds)
        # Plain strings rather than per-batch dictionaries, so batches concatenate and write anywhere.
        found = found.cast(pa.schema([pa.field(f.name, pa.string() if pa.types.is_dictionary(f.type) else f.type)
                                      for f in found.schema]))
        for name in self.keep:
            found = found.append_column(name, batch.column(name).take(found.column("row")))
        return found


def scan_dataset(ds: "ray.data.Dataset", column: str, *, rulesets: Sequence[str] = (),
                 kinds: Iterable[str] | None = None, keep: Sequence[str] = (), concurrency: int | None = None,
                 threads_per_worker: int = 1, batch_size: int | None = 16384, **map_batches_args: Any) -> "ray.data.Dataset":
    """A dataset of findings of `column` (a string column) of `ds`, scanned by a pool of
    `concurrency` workers (default: the CPUs of the cluster / threads_per_worker)."""
    if concurrency is None:
        concurrency = max(1, int(ray.cluster_resources().get("CPU", 1)) // threads_per_worker)
    return ds.map_batches(
        ArrowBatchScanner,
        fn_constructor_kwargs={"column": column, "rulesets": list(rulesets),
                               "kinds": list(kinds) if kinds is not None else None, "keep": list(keep),
                               "threads": threads_per_worker},
        batch_format="pyarrow", batch_size=batch_size, concurrency=concurrency, num_cpus=threads_per_worker,
        **map_batches_args,
    )


__all__ = ["ArrowBatchScanner", "scan_dataset"]
