#!/usr/bin/python3
"""Heralded Bell fidelity against the probability of no detection, for a few detection efficiencies.

Run from the repository root (Debian: apt-get install -y python3-matplotlib):

    /usr/bin/python3 docs/monitoring/heralded_fidelity.py

Every number comes from magent itself: for a = |A| = 2, a~ = A~ = 0 (the paper's Fig. 3 has Gamma = |A| = 2) and
delta in {0, 2, 5}, it runs

    ./magent evolve --rates a=2,A=2,Delta1=<delta>,Delta2=-<delta> --initial ud --t-max 3 --steps 3000 \
                    --postselect --efficiency <eta> --format csv

for eta in {1, 0.9, 0.7, 0.5} and draws the curve (success probability P(t), Bell fidelity F(t)) traced by t,
with a dot at the best F (the first of equal peaks). Output: docs/monitoring/heralded_fidelity.png.
"""
import os
import subprocess

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DELTAS = [0, 2, 5]
EFFICIENCIES = [1.0, 0.9, 0.7, 0.5]
COLOURS = ["#005ab5", "#dc3220", "#009650", "#9640aa"]


def run(delta, eta):
    cmd = [os.path.join(ROOT, "magent"), "evolve", "--rates", "a=2,A=2,Delta1=%g,Delta2=%g" % (delta, -delta),
           "--initial", "ud", "--t-max", "3", "--steps", "3000", "--postselect", "--efficiency", repr(eta),
           "--format", "csv"]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    lines = [l for l in out.splitlines() if l and not l.startswith("#")]
    header = lines[0].split(",")
    rows = [[float(x) for x in l.split(",")] for l in lines[1:]]
    col = {name: i for i, name in enumerate(header)}
    return [r[col["success_probability"]] for r in rows], [r[col["bell_fidelity"]] for r in rows]


def main():
    fig, axes = plt.subplots(1, len(DELTAS), figsize=(13, 4.4), sharey=True)
    for ax, delta in zip(axes, DELTAS):
        for eta, colour in zip(EFFICIENCIES, COLOURS):
            p, f = run(delta, eta)
            ax.plot(p, f, color=colour, lw=1.8, label="η = %g" % eta)
            best = next(k for k in range(len(f)) if f[k] >= max(f) - 1e-6)  # the first of equal peaks
            ax.plot([p[best]], [f[best]], "o", color=colour, ms=5)
        ax.set_xscale("log")
        ax.set_xlim(1e-3, 1.05)
        ax.set_ylim(0.2, 1.01)
        ax.set_title("δ = %g  (a = |A| = 2, T = 0, from |↑↓⟩)" % delta, fontsize=10)
        ax.set_xlabel("probability of no detection P(t)")
        ax.grid(alpha=0.3)
    axes[0].set_ylabel("heralded Bell fidelity F(t)")
    axes[-1].legend(loc="lower left", fontsize=9)
    fig.suptitle("Heralded Bell fidelity vs success probability for a detector of efficiency η "
                 "(curves traced by t from 0 to 3; dots: best F)", fontsize=11)
    fig.tight_layout()
    out = os.path.join(ROOT, "docs", "monitoring", "heralded_fidelity.png")
    fig.savefig(out, dpi=110)
    print("wrote", out)


if __name__ == "__main__":
    main()
