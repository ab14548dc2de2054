#!/usr/bin/python3
"""magent trajectories against QuTiP's mcsolve on the same case, side by side.

Run from the repository root (Debian: apt-get install -y python3-qutip; QuTiP 4.7.x):

    /usr/bin/python3 benchmarks/python/qutip_mcsolve_bench.py [n_traj] [repeats] [qutip_repeats]

The case is that of benchmarks/.../TrajectoriesBenchmark.java: every master-equation coefficient nonzero
(a = 1, at = 0.1, A = 0.9+0.1i, At = 0.05-0.02i, d = 0.01, Dd = 0.005i, Jperp = 0.2, Jz = -0.1, D = 0.05,
Delta1 = 1.3, Delta2 = 0.7), from |ud>, t in [0, 10] with 201 samples, n_traj trajectories (default 10^4), 2 cores.
The collapse operators are the same eigen-decomposition of h (qubit-dynamics/src/test/python/
generate_qutip_fixtures.py); mcsolve averages the 16 matrix units |i><j|, i.e. the ensemble-averaged state.

Timed (wall clock, and CPU seconds of all processes involved): (1) `magent trajectories ... --threads 2` (java -jar
app/target/magent.jar, built first by ./magent) as a whole process (JVM start, JIT warm-up, statistics, files
and plot included), its own in-process ensemble time (the '# ... s' line), repeated; (2) qutip.mcsolve with
num_cpus = 2 (the call only; import and set-up excluded), repeated. Both ensembles' final mean states are compared
with the exact state (mesolve, tight tolerances) in units of the Monte Carlo standard error.
"""
import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_var] = "1"

import json  # noqa: E402
import re  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402
import qutip  # noqa: E402
from qutip import Options, mcsolve, mesolve  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "qubit-dynamics", "src", "test", "python"))
import generate_qutip_fixtures as model  # noqa: E402

CASE = {"delta1": 1.3, "delta2": 0.7, "jPerp": 0.2, "jz": -0.1, "dmi": 0.05, "a": 1.0, "at": 0.1,
        "A": 0.9 + 0.1j, "At": 0.05 - 0.02j, "d": 0.01, "Dd": 0.005j}
RATES = "a=1,at=0.1,A=0.9+0.1i,At=0.05-0.02i,d=0.01,Dd=0.005i,Jperp=0.2,Jz=-0.1,D=0.05,Delta1=1.3,Delta2=0.7"
T_MAX = 10.0
STEPS = 200


def units():
    out = []
    for i in range(4):
        for j in range(4):
            m = np.zeros((4, 4), dtype=complex)
            m[i, j] = 1
            out.append(qutip.Qobj(m, dims=[[2, 2], [2, 2]]))
    return out


def exact_final():
    H = model.hamiltonian(CASE)
    cops = model.collapse_operators(model.h_matrix(CASE))
    psi = qutip.tensor(qutip.basis(2, 0), qutip.basis(2, 1))  # |ud>
    res = mesolve(H, qutip.ket2dm(psi), np.linspace(0, T_MAX, STEPS + 1), cops, [],
                  options=Options(atol=1e-13, rtol=1e-12, nsteps=10 ** 7))
    return res.states[-1].full()


def run_magent(n_traj, out_dir):
    # the jar itself, not the launcher: a source edited meanwhile must not trigger a rebuild inside a timed run
    cmd = ["java", "-jar", os.path.join(ROOT, "app", "target", "magent.jar"), "trajectories", "--rates", RATES, "--initial", "ud", "--t-max", str(T_MAX),
           "--steps", str(STEPS), "--count", str(n_traj), "--seed", "1", "--efficiency", "0.5", "--threads", "2",
           "--output-dir", out_dir, "--no-progress"]
    c0 = cpu()
    t0 = time.perf_counter()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    wall = time.perf_counter() - t0
    used = cpu() - c0
    inner = float(re.search(r"threads, ([0-9.eE+-]+) s", out).group(1))
    with open(os.path.join(out_dir, "trajectories.json")) as f:
        final = json.load(f)["final_mean_state"]
    rho = np.array(final["re"]) + 1j * np.array(final["im"])
    return wall, inner, rho, used


def cpu():
    """User + system CPU seconds of this process and its finished children (the JVM, mcsolve's workers)."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        r = resource.getrusage(who)
        total += r.ru_utime + r.ru_stime
    return total


def run_qutip(n_traj):
    H = model.hamiltonian(CASE)
    cops = model.collapse_operators(model.h_matrix(CASE))
    psi = qutip.tensor(qutip.basis(2, 0), qutip.basis(2, 1))
    e_ops = units()
    opts = Options(num_cpus=2, store_states=False)
    c0 = cpu()
    t0 = time.perf_counter()
    res = mcsolve(H, psi, np.linspace(0, T_MAX, STEPS + 1), cops, e_ops, ntraj=n_traj, options=opts,
                  progress_bar=None)
    wall = time.perf_counter() - t0
    used = cpu() - c0
    rho = np.array([res.expect[k][-1] for k in range(16)]).reshape(4, 4)
    return wall, rho, used


def main():
    n_traj = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    qutip_repeats = int(sys.argv[3]) if len(sys.argv) > 3 else repeats
    load0 = open("/proc/loadavg").read().split()[0]
    exact = exact_final()
    se_scale = 1 / np.sqrt(n_traj)  # an entry of |psi><psi| is bounded by 1: SE <= 1/sqrt(M)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([os.path.join(ROOT, "magent"), "models"], check=True, capture_output=True)  # builds the jar
        run_magent(100, tmp)  # not timed
        mag = [run_magent(n_traj, tmp) for _ in range(repeats)]
    qt = [run_qutip(n_traj) for _ in range(qutip_repeats)]
    walls = [m[0] for m in mag]
    inner = [m[1] for m in mag]
    qwall = [q[0] for q in qt]
    mcpu = [m[3] for m in mag]
    qcpu = [q[2] for q in qt]
    print("load average before/after: %s / %s" % (load0, open("/proc/loadavg").read().split()[0]))
    print("qutip %s, numpy %s; %d trajectories x %d samples, t in [0, %g], 2 cores, %d / %d repeats"
          % (qutip.__version__, np.__version__, n_traj, STEPS + 1, T_MAX, repeats, qutip_repeats))
    print("magent trajectories, whole process: median %.2f s (min %.2f, max %.2f)"
          % (statistics.median(walls), min(walls), max(walls)))
    print("magent trajectories, ensemble only: median %.3f s (min %.3f, max %.3f)"
          % (statistics.median(inner), min(inner), max(inner)))
    print("qutip mcsolve:                     median %.2f s (min %.2f, max %.2f)"
          % (statistics.median(qwall), min(qwall), max(qwall)))
    print("CPU seconds (user + system, all processes): magent whole process median %.2f, qutip mcsolve median %.2f"
          % (statistics.median(mcpu), statistics.median(qcpu)))
    print("ratio mcsolve / magent: %.0fx wall (ensemble only), %.0fx wall (whole process), %.0fx CPU (whole process)"
          % (statistics.median(qwall) / statistics.median(inner), statistics.median(qwall) / statistics.median(walls),
             statistics.median(qcpu) / statistics.median(mcpu)))
    print("final mean state vs exact, max |dev| in units of 1/sqrt(M): magent %.2f, qutip %.2f"
          % (np.abs(mag[0][2] - exact).max() / se_scale, np.abs(qt[0][1] - exact).max() / se_scale))


if __name__ == "__main__":
    main()
