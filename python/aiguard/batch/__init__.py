"""Batch scanning of stored logs: readers (text, JSON lines, JSON, CSV, Parquet, Arrow;
gzip and zstd), a bounded-memory pipeline on all cores, and reports (table, JSON lines,
SARIF 2.1.0, HTML). The `aiguard scan` command is built on it; so can you:

    from aiguard.batch import BatchScan, Options, expand
    batch = BatchScan(aiguard.default_scanner(), Options(fields="messages[*].content"))
    for hit in batch.hits(expand(["logs/"])):
        print(hit.location, hit.finding.rule_id, hit.finding.preview)
    print(batch.summary.to_dict())
"""

from .pipeline import BatchScan, Hit, Options, Summary
from .readers import Input, expand

__all__ = ["BatchScan", "Hit", "Options", "Summary", "Input", "expand"]
