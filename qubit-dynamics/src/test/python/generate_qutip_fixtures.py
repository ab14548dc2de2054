#!/usr/bin/python3
"""QuTiP cross-check fixtures for the magent two-qubit engine (independent implementation).

Regenerate (from the repository root; needs QuTiP 4.7.x, numpy, scipy; deterministic, fixed seed):

    /usr/bin/python3 qubit-dynamics/src/test/python/generate_qutip_fixtures.py

It overwrites the plain-text fixtures in qubit-dynamics/src/test/resources/qutip/:
  cases.csv         one row per random bath + initial state (every coefficient nonzero)
  unmonitored.csv   rho(t) of the Lindblad equation (qutip.mesolve), its concurrence
  postselected.csv  normalised rho(t) of the postselected (no-jump) evolution, concurrence, success probability
The Java tests only read these files; they do not need Python.

Model (docs/physics.md, Eq. (2)-(4) and (12)-(13) of the paper). Basis uu, ud, du, dd =
tensor(basis(2,0), basis(2,0)), ..., with |up> = basis(2,0) (sigma_z = +1) and sigma+ = sigmap().
  H = -(D1 s1z + D2 s2z)/2 + Jz s1z s2z + Jperp (s1x s2x + s1y s2y) + D (s1x s2y - s1y s2x)
  d rho/dt = -i[H, rho] - sum_nm h_nm (O_m+ O_n rho + rho O_m+ O_n - 2 O_n rho O_m+)
  O = (s1-, s2-, s1+, s2+, s1z, s2z),
  h = [[at, At],[At*, at]] (+) [[a, A*],[A, a]] (+) [[d, Dd],[Dd*, d]]   (h_nm, n = row)
This is twice the usual Lindblad normalisation: with gamma = 2h = U g U+, the QuTiP collapse
operators are c_k = sqrt(g_k) sum_n U_nk O_n. The script checks that they reproduce the
generator built directly from h.
Postselected (measurement of |s1z + s2z| postselected on zero; the sigma_z dephasing jumps keep
the total sigma_z and are not detected, so they stay):
  L_c rho = -i(H_nh rho - rho H_nh+) + 2 sum_{n,m in sigma_z block} h_nm O_n rho O_m+,
  H_nh = H - i sum_nm h_nm O_m+ O_n;  success probability = tr rho~(t) (unnormalised).
Both evolutions use mesolve with tight tolerances and are cross-checked against scipy expm of
the same Liouvillian; the largest discrepancies are written into the fixture headers.
Samples at t_k = k tMax / steps, k = 0..steps.
"""
import os
import sys

import numpy as np
import qutip
import scipy
import scipy.linalg
from qutip import (Options, basis, identity, liouvillian, mesolve, operator_to_vector, qeye, sigmam,
                   sigmap, sigmax, sigmay, sigmaz, spost, spre, sprepost, tensor, vector_to_operator)

SEED = 20261128
N_CASES = 28
STEPS = 24
TOL_CHECK = 1e-10
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "qutip")

I2 = qeye(2)


def two(op1, op2):
    return tensor(op1, op2)


S1 = {"x": two(sigmax(), I2), "y": two(sigmay(), I2), "z": two(sigmaz(), I2),
      "+": two(sigmap(), I2), "-": two(sigmam(), I2)}
S2 = {"x": two(I2, sigmax()), "y": two(I2, sigmay()), "z": two(I2, sigmaz()),
      "+": two(I2, sigmap()), "-": two(I2, sigmam())}
OPS = [S1["-"], S2["-"], S1["+"], S2["+"], S1["z"], S2["z"]]


def hamiltonian(c):
    return (-(c["delta1"] * S1["z"] + c["delta2"] * S2["z"]) / 2
            + c["jz"] * S1["z"] * S2["z"]
            + c["jPerp"] * (S1["x"] * S2["x"] + S1["y"] * S2["y"])
            + c["dmi"] * (S1["x"] * S2["y"] - S1["y"] * S2["x"]))


def h_matrix(c):
    h = np.zeros((6, 6), dtype=complex)
    A, At, Dd = c["A"], c["At"], c["Dd"]
    h[0:2, 0:2] = [[c["at"], At], [np.conj(At), c["at"]]]
    h[2:4, 2:4] = [[c["a"], np.conj(A)], [A, c["a"]]]
    h[4:6, 4:6] = [[c["d"], Dd], [np.conj(Dd), c["d"]]]
    return h


def collapse_operators(h):
    g, u = np.linalg.eigh(2 * h)
    if g.min() < -1e-12 * max(1.0, g.max()):
        raise ValueError("h is not positive semidefinite: eigenvalues %s" % g)
    ops = []
    for k in range(6):
        if g[k] > 0:
            ops.append(np.sqrt(g[k]) * sum(u[n, k] * OPS[n] for n in range(6)))
    return ops


def direct_generator(H, h, blocks=range(6), recycle=range(6)):
    """-i[H, .] - sum_nm h_nm (O_m+ O_n . + . O_m+ O_n - 2 O_n . O_m+) from h itself (superoperator)."""
    L = -1j * (spre(H) - spost(H))
    for n in blocks:
        for m in blocks:
            if h[n, m] == 0:
                continue
            L = L - h[n, m] * (spre(OPS[m].dag() * OPS[n]) + spost(OPS[m].dag() * OPS[n]))
            if n in recycle and m in recycle:
                L = L + 2 * h[n, m] * sprepost(OPS[n], OPS[m].dag())
    return L


def conditional_generator(H, h):
    """L_c = -i(H_nh . - . H_nh+) + 2 sum_{n,m in sigma_z block} h_nm O_n . O_m+ (spre/spost/sprepost)."""
    Hnh = H - 1j * sum(h[n, m] * OPS[m].dag() * OPS[n] for n in range(6) for m in range(6) if h[n, m] != 0)
    L = -1j * (spre(Hnh) - spost(Hnh.dag()))
    for n in (4, 5):
        for m in (4, 5):
            L = L + 2 * h[n, m] * sprepost(OPS[n], OPS[m].dag())
    return L


def concurrence_svd(rho):
    """Wootters C from the singular values of tau_jk = w_j^T (sy x sy) w_k, w_k = sqrt(p_k) v_k (no sqrt loss)."""
    p, v = np.linalg.eigh((rho + rho.conj().T) / 2)
    w = v * np.sqrt(np.clip(p, 0, None))
    Y = np.kron(np.array([[0, -1j], [1j, 0]]), np.array([[0, -1j], [1j, 0]]))
    tau = w.T @ Y @ w
    lam = np.linalg.svd(tau, compute_uv=False)
    return max(0.0, lam[0] - lam[1] - lam[2] - lam[3])


def random_case(rng, idx):
    c = {"id": idx}
    c["delta1"] = rng.uniform(0.3, 3.0)
    c["delta2"] = c["delta1"] - rng.choice([-1, 1]) * rng.uniform(0.05, 1.5)
    for name in ("jPerp", "jz", "dmi"):
        c[name] = rng.choice([-1, 1]) * rng.uniform(0.05, 1.0)
    a = rng.uniform(0.1, 1.0)
    at = a * rng.uniform(0.05, 0.8)
    d = rng.uniform(0.02, 0.4)
    ratios = rng.uniform(0.1, 0.95, size=3)
    if idx in (1, 2, 3):
        ratios[0] = 0.999        # near-saturated |A| = 0.999 a
    if idx == 3:
        ratios[1] = 0.999
    phases = rng.uniform(-np.pi, np.pi, size=3)
    c["a"], c["at"], c["d"] = a, at, d
    c["A"] = a * ratios[0] * np.exp(1j * phases[0])
    c["At"] = at * ratios[1] * np.exp(1j * phases[1])
    c["Dd"] = d * ratios[2] * np.exp(1j * phases[2])
    if idx == 4:
        # exactly saturated in binary floating point: |A| = a, |At| = at, |Dd| = d with complex phases
        # (3-4-5 triangles with power-of-two denominators are exact)
        c["a"], c["at"], c["d"] = 0.625, 0.3125, 0.15625
        c["A"], c["At"], c["Dd"] = 0.375 + 0.5j, -0.1875 + 0.25j, 0.09375 - 0.125j
        assert abs(c["A"]) == c["a"] and abs(c["At"]) == c["at"] and abs(c["Dd"]) == c["d"]
        a, at, d = c["a"], c["at"], c["d"]
    # initial pure state: generic complex, |ud>, or complex superposition in the ud/du subspace
    kind = idx % 4
    if kind == 0:
        amp = np.array([0, 1, 0, 0], dtype=complex)
        c["initial"] = "ud"
    elif kind == 1:
        amp = np.zeros(4, dtype=complex)
        amp[1:3] = rng.normal(size=2) + 1j * rng.normal(size=2)
        c["initial"] = "ud-du superposition"
    else:
        amp = rng.normal(size=4) + 1j * rng.normal(size=4)
        c["initial"] = "generic"
    c["psi0"] = amp / np.linalg.norm(amp)
    # enough time for visible dynamics, short enough that the postselection success stays >= ~1e-3
    c["tMax"] = rng.uniform(0.8, 1.6) / (a + at + d)
    return c


def to_qobj(mat):
    return qutip.Qobj(mat, dims=[[2, 2], [2, 2]])


def propagate(L, rho0, times):
    """mesolve with the Liouvillian L, and expm(L t) for comparison; returns (mesolve states, max |diff|)."""
    opts = Options(atol=1e-13, rtol=1e-12, nsteps=10 ** 7)
    res = mesolve(L, rho0, times, [], [], options=opts)
    states = [s.full() for s in res.states]
    Lm = L.full()
    v0 = operator_to_vector(rho0).full().ravel()
    worst = 0.0
    for t, s in zip(times, states):
        ref = vector_to_operator(qutip.Qobj(scipy.linalg.expm(Lm * t) @ v0, dims=[[[2, 2], [2, 2]], [1]])).full()
        worst = max(worst, np.abs(ref - s).max())
    return states, worst


def fmt(x):
    return repr(float(x))


def main():
    rng = np.random.default_rng(SEED)
    cases = [random_case(rng, i) for i in range(N_CASES)]
    gen_check = 0.0
    un_rows, ps_rows = [], []
    un_mesolve_expm = ps_mesolve_expm = ps_norm_diff = 0.0
    c_qutip_vs_svd = 0.0
    c_qutip_vs_svd_mixed = 0.0  # rows with k > 0 (qutip loses ~sqrt(eps) on rank-deficient states)
    pure_check = 0.0
    min_success = 1.0
    for c in cases:
        H = hamiltonian(c)
        h = h_matrix(c)
        cops = collapse_operators(h)
        L = liouvillian(H, cops)
        # compare dense arrays: Qobj subtraction would tidy small differences away
        gen_check = max(gen_check, np.abs(L.full() - direct_generator(H, h).full()).max())
        psi = qutip.Qobj(c["psi0"].reshape(4, 1), dims=[[2, 2], [1, 1]])
        rho0 = qutip.ket2dm(psi)
        times = np.array([k * c["tMax"] / STEPS for k in range(STEPS + 1)])
        a0, b0, c0, d0 = c["psi0"]
        pure_check = max(pure_check, abs(concurrence_svd(rho0.full()) - 2 * abs(a0 * d0 - b0 * c0)))
        states, diff = propagate(L, rho0, times)
        un_mesolve_expm = max(un_mesolve_expm, diff)
        for k, (t, s) in enumerate(zip(times, states)):
            cq = qutip.concurrence(to_qobj(s))
            cs = concurrence_svd(s)
            c_qutip_vs_svd = max(c_qutip_vs_svd, abs(cq - cs))
            if k > 0:
                c_qutip_vs_svd_mixed = max(c_qutip_vs_svd_mixed, abs(cq - cs))
            un_rows.append([c["id"], k, t] + flat(s) + [cq, cs])
        Lc = conditional_generator(H, h)
        states, diff = propagate(Lc, rho0, times)
        ps_mesolve_expm = max(ps_mesolve_expm, diff)
        for k, (t, s) in enumerate(zip(times, states)):
            p = np.trace(s).real
            min_success = min(min_success, p)
            rho = s / p
            cq = qutip.concurrence(to_qobj(rho))
            cs = concurrence_svd(rho)
            c_qutip_vs_svd = max(c_qutip_vs_svd, abs(cq - cs))
            if k > 0:
                c_qutip_vs_svd_mixed = max(c_qutip_vs_svd_mixed, abs(cq - cs))
            ps_rows.append([c["id"], k, t] + flat(rho) + [cq, cs, p])
        # the normalised state is what is compared: bound its mesolve-vs-expm error too
        ps_norm_diff = max(ps_norm_diff, diff / min(np.trace(s).real for s in states))
    for name, value in (("generator from c_ops vs from h", gen_check),
                        ("unmonitored mesolve vs expm", un_mesolve_expm),
                        ("postselected mesolve vs expm", ps_mesolve_expm),
                        ("postselected normalised-state bound", ps_norm_diff),
                        ("svd concurrence vs 2|ad-bc| at t = 0", pure_check)):
        print("%-40s %.3e" % (name, value))
        if value > TOL_CHECK:
            sys.exit("cross-check failed: %s = %.3e > %.0e" % (name, value, TOL_CHECK))
    print("max |qutip.concurrence - svd concurrence| = %.3e (t > 0: %.3e); min success probability = %.3e"
          % (c_qutip_vs_svd, c_qutip_vs_svd_mixed, min_success))
    header = ["# generated by qubit-dynamics/src/test/python/generate_qutip_fixtures.py (seed %d); do not edit" % SEED,
              "# qutip %s, numpy %s, scipy %s" % (qutip.__version__, np.__version__, scipy.__version__),
              "# checks: generator(c_ops) vs generator(h) max abs diff %.3e" % gen_check,
              "# checks: mesolve vs scipy expm max abs diff: unmonitored %.3e, postselected (unnormalised) %.3e,"
              " postselected normalised bound %.3e" % (un_mesolve_expm, ps_mesolve_expm, ps_norm_diff),
              "# checks: max |qutip.concurrence - concurrence via SVD of tau| %.3e (all rows), %.3e (t > 0, mixed states);"
              " qutip takes square roots of near-zero eigenvalues of rho rho~, which costs ~sqrt(eps) on the pure"
              " initial states" % (c_qutip_vs_svd, c_qutip_vs_svd_mixed),
              "# checks: concurrence via SVD vs 2|ad - bc| of psi0 %.3e; min postselection success probability %.3e"
              % (pure_check, min_success)]
    os.makedirs(OUT, exist_ok=True)
    write(os.path.join(OUT, "cases.csv"), header + ["# natural units; complex X stored as X_re, X_im; psi0 amplitudes of uu, ud, du, dd",
                    "# cases 1-3: |A| = 0.999 a (case 3 also |At| = 0.999 at); case 4: |A| = a, |At| = at, |Dd| = d exactly"],
          ["case", "delta1", "delta2", "a", "at", "A_re", "A_im", "At_re", "At_im", "jPerp", "jz", "D", "d", "Dd_re",
           "Dd_im", "tMax", "steps"] + ["psi0_%s_%s" % (b, p) for b in ("uu", "ud", "du", "dd") for p in ("re", "im")]
          + ["initial"],
          [[c["id"], c["delta1"], c["delta2"], c["a"], c["at"], c["A"].real, c["A"].imag, c["At"].real, c["At"].imag,
            c["jPerp"], c["jz"], c["dmi"], c["d"], c["Dd"].real, c["Dd"].imag, c["tMax"], STEPS]
           + [x for z in c["psi0"] for x in (z.real, z.imag)] + [c["initial"]] for c in cases])
    rho_cols = ["rho_%d%d_%s" % (i, j, p) for i in range(4) for j in range(4) for p in ("re", "im")]
    write(os.path.join(OUT, "unmonitored.csv"), header + ["# rho(t) from qutip.mesolve (atol 1e-13, rtol 1e-12)"],
          ["case", "k", "t"] + rho_cols + ["C_qutip", "C_svd"], un_rows)
    write(os.path.join(OUT, "postselected.csv"),
          header + ["# normalised rho(t) = rho~(t)/tr rho~(t) from qutip.mesolve of L_c; success = tr rho~(t)"],
          ["case", "k", "t"] + rho_cols + ["C_qutip", "C_svd", "success"], ps_rows)


def flat(s):
    return [x for z in s.ravel() for x in (z.real, z.imag)]


def write(path, header, columns, rows):
    with open(path, "w") as f:
        for line in header:
            f.write(line + "\n")
        f.write(",".join(columns) + "\n")
        for r in rows:
            f.write(",".join(x if isinstance(x, str) else (str(x) if isinstance(x, (int, np.integer)) else fmt(x))
                             for x in r) + "\n")


if __name__ == "__main__":
    main()
