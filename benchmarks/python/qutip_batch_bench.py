#!/usr/bin/python3
"""QuTiP doing what `magent batch --t-max 5 --steps 200 --initial ud` does, as a whole process.

    /usr/bin/python3 benchmarks/python/qutip_batch_bench.py CASES.csv N OUT.csv

Reads the first N cases of a batch file (columns a,at,A,At,d,Dd,Jperp,Jz,D,Delta1,Delta2; complex as x+yi), builds
each master equation in QuTiP (the collapse operators of the QuTiP fixtures,
qubit-dynamics/src/test/python/generate_qutip_fixtures.py), evolves |ud> with qutip.mesolve to 201 samples on
t in [0, 5] (default tolerances), takes qutip.concurrence at every sample and of qutip.steadystate, and writes the
four summary columns of magent batch. Single thread. Prints the wall time of the whole process per case.
"""
import os
import time

T0 = time.perf_counter()
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_var] = "1"

import sys  # noqa: E402

import numpy as np  # noqa: E402
import qutip  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "qubit-dynamics", "src",
                                "test", "python"))
import generate_qutip_fixtures as model  # noqa: E402


def cx(s):
    s = s.strip()
    return complex(s.replace("i", "j")) if s.endswith("i") else complex(float(s), 0)


def main():
    path, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(path) as f:
        header = f.readline().strip().split(",")
        rows = [dict(zip(header, (cx(v) for v in line.strip().split(",")))) for _, line in zip(range(n), f)]
    times = np.linspace(0, 5.0, 201)
    ud = qutip.ket2dm(qutip.tensor(qutip.basis(2, 0), qutip.basis(2, 1)))
    results = []
    for r in rows:
        c = {"delta1": r["Delta1"].real, "delta2": r["Delta2"].real, "jz": r["Jz"].real, "jPerp": r["Jperp"].real,
             "dmi": r["D"].real, "a": r["a"].real, "at": r["at"].real, "d": r["d"].real, "A": r["A"], "At": r["At"],
             "Dd": r["Dd"]}
        H = model.hamiltonian(c)
        cops = model.collapse_operators(model.h_matrix(c))
        states = qutip.mesolve(H, ud, times, cops, []).states
        conc = np.array([qutip.concurrence(s) for s in states])
        k = int(np.argmax(conc))
        steady = qutip.concurrence(qutip.steadystate(H, cops))
        results.append((conc[-1], conc[k], times[k], steady))
    np.savetxt(out, np.array(results), delimiter=",", comments="",
               header="concurrence_final,concurrence_max,t_at_max,concurrence_steady")
    total = time.perf_counter() - T0
    print("qutip %s: %d cases, whole process %.2f s, %.1f ms per case" % (qutip.__version__, len(rows), total,
                                                                        1e3 * total / len(rows)))


if __name__ == "__main__":
    main()
