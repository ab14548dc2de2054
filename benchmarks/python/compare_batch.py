#!/usr/bin/python3
"""Checks that `magent batch` and the numpy peer agree: compare_batch.py PEER.csv MAGENT.csv CASES.csv [T_MAX STEPS]

concurrence_final, concurrence_max and concurrence_steady must agree to 1e-8. t_at_max is the first sample of the
maximum; where the two programs pick different samples, the concurrence at both (recomputed with the peer's own
propagator for that case) must tie within 1e-12. Prints the largest deviations; exit status 1 on disagreement.
"""
import os
import sys

import numpy as np
import scipy.linalg as sla

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "peer"))
import numpy_peer as peer  # noqa: E402

TOL = 1e-8
TIE = 1e-12


def concurrence_series(cases, row, tmax, steps):
    one = {k: v[row:row + 1] for k, v in cases.items()}
    L = peer.fast_liouvillian(one)[0]
    idx = np.array([0, 5, 10, 15, 6, 9])
    P = sla.expm(L[np.ix_(idx, idx)] * (tmax / steps))
    v = np.zeros(6, complex)
    v[1] = 1
    full = np.zeros((1, 16), complex)
    out = []
    for k in range(steps + 1):
        full[0, idx] = v
        out.append(peer.xconc(full)[0])
        v = P @ v
    return np.array(out)


def main():
    p_path, m_path, c_path = sys.argv[1:4]
    tmax = float(sys.argv[4]) if len(sys.argv) > 4 else 5.0
    steps = int(sys.argv[5]) if len(sys.argv) > 5 else 200
    p = np.loadtxt(p_path, delimiter=",", skiprows=1, ndmin=2)
    m = np.genfromtxt(m_path, delimiter=",", skip_header=1, usecols=(-4, -3, -2, -1))
    m = m.reshape(-1, 4)
    if p.shape != m.shape:
        print("row counts differ: peer %d, magent %d" % (p.shape[0], m.shape[0]))
        return 1
    ok = True
    for k, name in ((0, "concurrence_final"), (1, "concurrence_max"), (3, "concurrence_steady")):
        d = np.abs(p[:, k] - m[:, k]).max()
        print("%-20s max |magent - peer| = %.2e" % (name, d))
        ok &= d <= TOL
    dt = tmax / steps
    differ = np.where(np.abs(p[:, 2] - m[:, 2]) > TOL)[0]
    worst_tie = 0.0
    if len(differ):
        cases = peer.load(c_path)
        for row in differ:
            c = concurrence_series(cases, row, tmax, steps)
            kp, km = int(round(p[row, 2] / dt)), int(round(m[row, 2] / dt))
            worst_tie = max(worst_tie, abs(c[kp] - c[km]))
    print("t_at_max: %d of %d cases pick another sample; largest |C difference| between the picks %.2e"
          % (len(differ), len(p), worst_tie))
    ok &= worst_tie <= TIE
    print("agree" if ok else "DISAGREE")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
