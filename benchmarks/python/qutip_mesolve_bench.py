#!/usr/bin/python3
"""QuTiP speed reference for the magent engine: one unmonitored two-qubit evolution per case.

Run (single thread is enforced below; needs QuTiP 4.7.x, numpy, scipy):

    /usr/bin/python3 benchmarks/python/qutip_mesolve_bench.py [n_cases]

Each case is a random bath with every coefficient nonzero (the generator of the QuTiP fixtures,
qubit-dynamics/src/test/python/generate_qutip_fixtures.py, same model and collapse operators) and a
random complex initial pure state; it is evolved with qutip.mesolve to 201 samples on t in [0, 10]
(natural units) and qutip.concurrence is evaluated at every sample. Reported: the median wall time
per case over the cases (after one warm-up case), for QuTiP's default tolerances and for tight ones
(atol 1e-13, rtol 1e-12), split into mesolve and concurrence, and the largest deviation of the
default-tolerance states from the tight ones.
"""
import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_var] = "1"

import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402
import qutip  # noqa: E402
from qutip import Options, liouvillian, mesolve  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "qubit-dynamics", "src",
                                "test", "python"))
import generate_qutip_fixtures as model  # noqa: E402

SEED = 4242
SAMPLES = 201
T_MAX = 10.0


def run(case, options):
    H = model.hamiltonian(case)
    cops = model.collapse_operators(model.h_matrix(case))
    psi = qutip.Qobj(case["psi0"].reshape(4, 1), dims=[[2, 2], [1, 1]])
    rho0 = qutip.ket2dm(psi)
    times = np.linspace(0, T_MAX, SAMPLES)
    t0 = time.perf_counter()
    L = liouvillian(H, cops)
    res = mesolve(L, rho0, times, [], [], options=options)
    t1 = time.perf_counter()
    conc = [qutip.concurrence(s) for s in res.states]
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1, res.states, conc


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 24
    rng = np.random.default_rng(SEED)
    cases = [model.random_case(rng, 10 + i) for i in range(n + 1)]  # ids >= 10: no saturated special cases
    settings = {"default": Options(), "tight": Options(atol=1e-13, rtol=1e-12, nsteps=10 ** 7)}
    results = {}
    for name, opts in settings.items():
        run(cases[0], opts)  # warm-up
        me, co, states = [], [], []
        for c in cases[1:]:
            a, b, s, _ = run(c, opts)
            me.append(a)
            co.append(b)
            states.append(s)
        results[name] = (me, co, states)
    print("qutip %s, numpy %s, single thread; %d cases, %d samples on t in [0, %g]"
          % (qutip.__version__, np.__version__, n, SAMPLES, T_MAX))
    for name, (me, co, _) in results.items():
        tot = [x + y for x, y in zip(me, co)]
        print("%-8s median per case: mesolve %.2f ms, concurrence x%d %.2f ms, total %.2f ms (min %.2f, max %.2f)"
              % (name, 1e3 * statistics.median(me), SAMPLES, 1e3 * statistics.median(co),
                 1e3 * statistics.median(tot), 1e3 * min(tot), 1e3 * max(tot)))
    dev = max(np.abs(a.full() - b.full()).max()
              for sa, sb in zip(results["default"][2], results["tight"][2]) for a, b in zip(sa, sb))
    print("max |rho_default - rho_tight| = %.2e" % dev)


if __name__ == "__main__":
    main()
