"""A small plot of a gate history: p95 latency and recall over builds.

SVG is written here with no dependency; PNG needs matplotlib (`pip install 'aiguard[plot]'`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Sequence, Union
from xml.sax.saxutils import escape

from .errors import GateError

LATENCY = "latency.2KB.p95_us"
RECALLS = ("secret.recall", "pii.recall", "injection.recall")
COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd")


def series(entries: Sequence[dict[str, Any]], metric: str) -> list[float | None]:
    return [e["metrics"].get(metric) for e in entries]


def plot_history(entries: Sequence[dict[str, Any]], out: Union[str, os.PathLike], *, latency: str = LATENCY,
                 recalls: Sequence[str] = RECALLS) -> Path:
    """Writes `out` (.svg or .png): two panels, p95 µs and recall per build (oldest left)."""
    out = Path(out)
    if not entries:
        raise GateError("the history is empty: nothing to plot")
    labels = [str(e.get("commit", "?"))[:8] for e in entries]
    panels = [(f"{latency} (µs)", {latency: series(entries, latency)}),
              ("recall", {m: series(entries, m) for m in recalls})]
    if out.suffix == ".svg":
        out.write_text(_svg(labels, panels), "utf-8")
    elif out.suffix == ".png":
        _png(labels, panels, out)
    else:
        raise GateError(f"plot {out}: give a .svg or .png file name")
    return out


def _svg(labels: list[str], panels: list[tuple[str, dict[str, list[float | None]]]]) -> str:
    w, h, pad = 640, 200, 48
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h * len(panels)}" '
             f'font-family="sans-serif" font-size="11">']
    for i, (title, lines) in enumerate(panels):
        top = i * h
        values = [v for vs in lines.values() for v in vs if v is not None]
        lo, hi = (min(values), max(values)) if values else (0.0, 1.0)
        if hi == lo:
            lo, hi = lo - 0.5 * abs(lo or 1), hi + 0.5 * abs(hi or 1)
        n = max(len(labels) - 1, 1)

        def xy(j: int, v: float) -> tuple[float, float]:
            return pad + (w - 2 * pad) * j / n, top + h - pad + (v - lo) / (hi - lo) * (2 * pad - h)

        parts.append(f'<text x="{pad}" y="{top + 16}" font-weight="bold">{escape(title)}</text>')
        parts.append(f'<text x="4" y="{top + pad}">{hi:.4g}</text><text x="4" y="{top + h - pad}">{lo:.4g}</text>')
        parts.append(f'<line x1="{pad}" y1="{top + h - pad}" x2="{w - pad}" y2="{top + h - pad}" stroke="#999"/>')
        for j, label in enumerate(labels):
            x, _ = xy(j, lo)
            parts.append(f'<text x="{x:.1f}" y="{top + h - pad + 14}" text-anchor="middle">{escape(label)}</text>')
        for k, (name, vs) in enumerate(lines.items()):
            color = COLORS[k % len(COLORS)]
            pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in (xy(j, v) for j, v in enumerate(vs) if v is not None))
            parts.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{pts}"><title>'
                         f'{escape(name)}</title></polyline>')
            parts.append(f'<text x="{w - pad - 150}" y="{top + 16 + 13 * k}" fill="{color}">{escape(name)}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _png(labels: list[str], panels: list[tuple[str, dict[str, list[float | None]]]], out: Path) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise GateError("a PNG plot needs matplotlib: pip install 'aiguard[plot]' (or ask for an .svg)") from None
    fig, axes = plt.subplots(len(panels), 1, figsize=(7, 2.2 * len(panels)), sharex=True)
    for ax, (title, lines) in zip(axes, panels):
        for name, vs in lines.items():
            pts = [(j, v) for j, v in enumerate(vs) if v is not None]
            ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", label=name)
        ax.set_title(title, fontsize=9)
        ax.legend(fontsize=7)
    axes[-1].set_xticks(range(len(labels)), labels, rotation=30, fontsize=7)
    fig.tight_layout()
    fig.savefig(out, format="png", dpi=100)
    plt.close(fig)
