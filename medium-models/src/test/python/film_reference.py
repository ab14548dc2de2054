#!/usr/bin/env python3
"""Independent reference for magent's film medium: the stray-field correlators g_ij of two NV centres above a
magnetic film by brute-force polar 2-D k-quadrature (scipy.integrate.quad), sharing no code with magent.

Physics (docs/film.md): Kalinikos-Slavin lowest mode with Gilbert damping, chi = omega_M K^-1 in the precession frame;
stray-field chirality u = (i khat, -1); g_ij = -hbar gamma_NV^2 (mu0/4t) Int d2k/(2pi)^2 e^{ik.(rho_i-rho_j)}
e^{-2kh}(1-e^{-kt})^2 chi_uu (s_i^*.u)(u^*.s_j), with s = <up|S|down> from the exact NV eigenstates.
Numerics: outer trapezoid in phi (spectrally accurate for a smooth periodic integrand; checked by doubling N) or
adaptive quad with breakpoints where resonance ovals begin; inner adaptive quad in k with breakpoints around every
resonance root, QAWO cos/sin weights for the oscillating factor.

usage: python3 film_reference.py OUT.csv [CASE ...]     (numpy, scipy; about an hour for all cases)
writes medium-models/src/test/resources/film/reference.csv when OUT.csv is that path.
"""
import sys, time
import numpy as np
from scipy import optimize, integrate
MU0 = 1.25663706212e-6
HBAR = 1.054571817e-34
KB = 1.380649e-23
GAMMA_NV = 2*np.pi*28.025e9      # rad/s/T
MUB = 9.2740100783e-24
GE = 2.00231930436

class Film:
    def __init__(s, t, Ms, Aex, alpha, B, thetaB, g=None, gamma=None):
        s.t, s.Ms, s.Aex, s.alpha, s.B, s.thetaB = t, Ms, Aex, alpha, B, thetaB
        s.gamma = gamma if gamma is not None else (g if g else GE)*MUB/HBAR
        s.wM = s.gamma*MU0*Ms
        s.lex2 = 2*Aex/(MU0*Ms**2)
        s.theta0 = s.equilibrium()
        th = s.theta0
        s.w0 = s.gamma*(B*np.cos(th-thetaB) - MU0*Ms*np.cos(th)**2)
    def energy(s, th):
        return -s.B*np.cos(th-s.thetaB) + 0.5*MU0*s.Ms*np.cos(th)**2
    def equilibrium(s):
        ths = np.linspace(-np.pi, np.pi, 20001)
        E = s.energy(ths)
        i = np.argmin(E)
        if s.B == 0: return np.pi/2
        r = optimize.minimize_scalar(s.energy, bracket=(ths[i-1], ths[i], ths[i+1]), tol=1e-14)
        return r.x
    def P(s, k):
        kt = k*s.t
        return np.where(kt < 1e-6, kt/2 - kt**2/6, 1 - (-np.expm1(-kt))/np.where(kt==0,1,kt))
    def amat(s, k, phi):
        P = s.P(k); th = s.theta0
        Om = s.w0 + s.wM*s.lex2*k**2
        a11 = Om + s.wM*(P*np.cos(th)**2*np.cos(phi)**2 + (1-P)*np.sin(th)**2)
        a22 = Om + s.wM*P*np.sin(phi)**2
        a12 = s.wM*P*np.cos(th)*np.cos(phi)*np.sin(phi)
        return a11, a22, a12
    def omega(s, k, phi):
        a11, a22, a12 = s.amat(k, phi)
        return np.sqrt(a11*a22 - a12**2)
    def chi_uu(s, k, phi, w):
        # w^T chi_frame w*, chi_frame = wM K^{-1}, K = [[a11 - i al w, a12 + i w],[a12 - i w, a22 - i al w]]
        a11, a22, a12 = s.amat(k, phi)
        al = s.alpha; th = s.theta0
        K11 = a11 - 1j*al*w; K22 = a22 - 1j*al*w; K12 = a12 + 1j*w; K21 = a12 - 1j*w
        det = K11*K22 - K12*K21
        # inverse = [[K22, -K12],[-K21, K11]]/det
        w1 = np.sin(th) + 1j*np.cos(th)*np.cos(phi); w2 = 1j*np.sin(phi)
        c1, c2 = np.conj(w1), np.conj(w2)
        val = (w1*(K22*c1 - K12*c2) + w2*(-K21*c1 + K11*c2))/det
        return s.wM*val

def nv_states(polar, azim, Bvec, transition=-1, D=2*np.pi*2.87e9, gam=GAMMA_NV):
    zp = np.array([np.sin(polar)*np.cos(azim), np.sin(polar)*np.sin(azim), np.cos(polar)])
    xp = np.array([np.cos(polar)*np.cos(azim), np.cos(polar)*np.sin(azim), -np.sin(polar)])
    yp = np.cross(zp, xp)
    r2 = np.sqrt(2)
    Sx = np.array([[0,1,0],[1,0,1],[0,1,0]])/r2
    Sy = np.array([[0,-1j,0],[1j,0,-1j],[0,1j,0]])/r2
    Sz = np.diag([1.,0,-1])   # basis |+1>,|0>,|-1>
    Slab = [xp[a]*Sx + yp[a]*Sy + zp[a]*Sz for a in range(3)]
    H = D*Sz@Sz + gam*sum(Bvec[a]*Slab[a] for a in range(3))
    E, V = np.linalg.eigh(H)
    def pick(idx):
        j = np.argmax(np.abs(V[idx,:])**2)
        v = V[:,j].copy()
        m = np.argmax(np.abs(v)); v *= np.abs(v[m])/v[m]
        return E[j], v
    E0, v0 = pick(1)
    Em, vm = pick(0 if transition == 1 else 2)
    s = np.array([np.conj(v0)@Slab[a]@vm for a in range(3)])   # <up|S|down>
    zvec = np.array([(np.conj(v0)@Slab[a]@v0 - np.conj(vm)@Slab[a]@vm).real/2 for a in range(3)])
    return Em - E0, s, zvec

def g_local_bruteforce(f, h, s, w, rel=1e-7):
    # g11 = -hbar gam^2 mu0/(4t) int d2k/(2pi)^2 F chi_uu |s*.u|^2
    def integrand_k(k, phi):
        u = np.array([1j*np.cos(phi), 1j*np.sin(phi), -1.0])
        c = np.conj(s)@u
        F = np.exp(-2*k*h)*(-np.expm1(-k*f.t))**2
        return F*f.chi_uu(k, phi, w)*abs(c)**2*k
    return integrand_k


def roots(f, phi, w, kmax):
    if w == 0: return []
    ks = np.concatenate([[1e-3], np.logspace(2, np.log10(kmax), 3000)])
    d = f.omega(ks, phi) - w
    out = []
    for i in range(len(ks)-1):
        if d[i]*d[i+1] < 0:
            out.append(optimize.brentq(lambda k: f.omega(k, phi)-w, ks[i], ks[i+1], xtol=1e-15*ks[i+1]))
    return out

def chi(f, k, phi, w, slope):
    if not slope:
        return f.chi_uu(k, phi, w)
    dw = 1e-4*f.wM
    return (f.chi_uu(k, phi, dw) - f.chi_uu(k, phi, -dw))/(2*dw) if False else _dchi(f, k, phi)

def _dchi(f, k, phi):
    # d chi_uu/d omega at 0 by complex-free 4-point difference (chi analytic in omega)
    h = 1e-3*f.wM
    c = lambda w: f.chi_uu(k, phi, w)
    return (8*(c(h)-c(-h)) - (c(2*h)-c(-2*h)))/(12*h)

def radial(f, h, cval, w, phi, x, kmax, eps, slope=False):
    core = lambda k: np.exp(-2*k*h)*(-np.expm1(-k*f.t))**2*chi(f, k, phi, w, slope)*k*cval
    rs = roots(f, phi, w, kmax)
    edges = {0.0, kmax, 1/h, 0.1/h, 0.01/h}
    for r0 in rs:
        dk = 1e-4*r0
        vg = (f.omega(r0+dk, phi)-f.omega(r0-dk, phi))/(2*dk)
        wid = max(max(f.alpha, 1e-12)*w/abs(vg), 1e-13*r0)
        for m in [0.3, 1, 3, 10, 30, 100, 1000, 1e4, 1e5]:
            for sgn in (-1, 1):
                e = r0 + sgn*m*wid
                if 0 < e < kmax: edges.add(e)
        edges.add(r0)
    edges = sorted(e for e in edges if e <= kmax)
    tot = 0j
    for a, b in zip(edges[:-1], edges[1:]):
        if x == 0:
            re = integrate.quad(lambda k: core(k).real, a, b, limit=200, epsabs=0, epsrel=eps)[0]
            im = integrate.quad(lambda k: core(k).imag, a, b, limit=200, epsabs=0, epsrel=eps)[0]
            tot += re + 1j*im
        else:
            kw = dict(wvar=x, limit=200, epsabs=1e-300, epsrel=eps)
            rc = integrate.quad(lambda k: core(k).real, a, b, weight='cos', **kw)[0]
            rs_ = integrate.quad(lambda k: core(k).real, a, b, weight='sin', **kw)[0]
            ic = integrate.quad(lambda k: core(k).imag, a, b, weight='cos', **kw)[0]
            is_ = integrate.quad(lambda k: core(k).imag, a, b, weight='sin', **kw)[0]
            tot += (rc - is_) + 1j*(rs_ + ic)
    return tot

def cfac(si, sj, phi):
    u = np.array([1j*np.cos(phi), 1j*np.sin(phi), -1.0])
    return (np.conj(si)@u)*(np.conj(u)@sj)

PREF = lambda f: -HBAR*GAMMA_NV**2*MU0/(4*f.t)/(2*np.pi)**2

def correlator_trap(f, h, si, sj, w, rvec, N, eps=1e-11, slope=False):
    """g_ij, qubit i at origin, qubit j at rvec: phase e^{-ik.r}. Trapezoid over N angles."""
    kmax = 30.0/h
    rho = np.hypot(*rvec); phr = np.arctan2(rvec[1], rvec[0])
    phis = np.arange(N)*2*np.pi/N
    vals = [radial(f, h, cfac(si, sj, p), w, p, -rho*np.cos(p-phr), kmax, eps, slope) for p in phis]
    return PREF(f)*np.mean(vals)*2*np.pi

def correlator_quad(f, h, si, sj, w, rvec, pts, eps_out=1e-9, eps=1e-11):
    kmax = 30.0/h
    rho = np.hypot(*rvec); phr = np.arctan2(rvec[1], rvec[0])
    def outer(phi, part):
        v = radial(f, h, cfac(si, sj, phi), w, phi, -rho*np.cos(phi-phr), kmax, eps)
        return v.real if part == 0 else v.imag
    re = integrate.quad(outer, 0, 2*np.pi, args=(0,), points=pts, limit=500, epsabs=0, epsrel=eps_out)
    im = integrate.quad(outer, 0, 2*np.pi, args=(1,), points=pts, limit=500, epsabs=0, epsrel=eps_out)
    return PREF(f)*(re[0] + 1j*im[0])


def nv(polar_deg, az_deg, f, B, thB, transition=-1):
    Bvec = B*np.array([np.sin(thB), 0, np.cos(thB)])
    return nv_states(np.radians(polar_deg), np.radians(az_deg), Bvec, transition)

CASES = []
def case(name, t, Ms, Aex, alpha, B, thB_deg, h, nvpol, nvaz, omega=None, seps=(), N=96, quad_pts=None, slope=False,
         transition=-1):
    CASES.append(dict(name=name, t=t, Ms=Ms, Aex=Aex, alpha=alpha, B=B, thB=np.radians(thB_deg), h=h, nvpol=nvpol,
                      nvaz=nvaz, omega=omega, seps=seps, N=N, quad_pts=quad_pts, slope=slope, transition=transition))

YIG = (20e-9, 142e3, 3.7e-12)
# 1: the command-line geometry of the film issue, 25 mT at 54.7 deg
case("tilted25", *YIG, 1e-4, 0.025, 54.7, 109e-9, 54.7356, 0.0, seps=[(200e-9, 0), (0, 200e-9), (1e-6, 0)], N=128)
# 1b: the same at long range: the angular integrand oscillates k_res*rho ~ 150 times, so many more angles
case("tilted25_far", *YIG, 1e-4, 0.025, 54.7, 109e-9, 54.7356, 0.0, seps=[(0, 3e-6), (10e-6, 0), (0, 10e-6)],
     N=1024)
# 2: small damping, high NV
case("alpha1e-5_h1um", *YIG, 1e-5, 0.025, 54.7, 1e-6, 54.7356, 0.0, seps=[(0, 2e-6)], N=128)
# 3: large damping, low NV, other NV orientation
case("alpha0.1_h10nm", *YIG, 0.1, 0.015, 80.0, 10e-9, 54.7356, 135.0, seps=[(50e-9, 0), (0, 50e-9)], N=128)
# 4: NV frequency between the band bottom and the FMR (in-plane 25 mT): resonance ovals, tangent points
case("ovals", *YIG, 1e-3, 0.025, 90.0, 50e-9, 54.7356, 0.0, omega=2*np.pi*1.995e9, seps=[(0, 1e-6)], N=0,
     quad_pts=None)
# 5: zero field (gapless band), NV at D
case("zerofield", *YIG, 1e-3, 0.0, 54.7, 60e-9, 54.7356, 0.0, seps=[(300e-9, 0)], N=128)
# 6: perpendicular field above saturation: forward-volume waves
case("perpendicular", *YIG, 1e-3, 0.25, 0.0, 80e-9, 0.0, 0.0, seps=[(0, 500e-9)], N=128, transition=1)

if __name__ == "__main__":
    out = open(sys.argv[1], "w")
    only = sys.argv[2:] 
    out.write("case,qubits,rx,ry,omega,re,im,err_estimate\n")
    for c in CASES:
        if only and c["name"] not in only: continue
        f = Film(c["t"], c["Ms"], c["Aex"], c["alpha"], c["B"], c["thB"])
        D, s, z = nv(c["nvpol"], c["nvaz"], f, c["B"], c["thB"], c["transition"])
        assert D > 0, "the qubit frequency must be positive"
        w = c["omega"] if c["omega"] is not None else D
        for r in [(0.0, 0.0)] + list(c["seps"]):
            t0 = time.time()
            pairs = [("11", s, s)] if r == (0.0, 0.0) else [("12", s, s), ("21", s, s)]
            for lab, si, sj in pairs:
                rv = r if lab != "21" else (-r[0], -r[1])
                if c["N"]:
                    g1 = correlator_trap(f, c["h"], si, sj, w, rv, c["N"])
                    g2 = correlator_trap(f, c["h"], si, sj, w, rv, 2*c["N"])
                    err = abs(g2-g1)
                    g = g2
                else:
                    # locate the angular window of the ovals and give it to quad as breakpoints
                    phis = np.linspace(0, 2*np.pi, 7201)
                    has = np.array([len(roots(f, p, w, 30/c["h"])) > 0 for p in phis])
                    edges = [0.5*(phis[i]+phis[i+1]) for i in range(len(phis)-1) if has[i] != has[i+1]]
                    g = correlator_quad(f, c["h"], si, sj, w, rv, edges, eps_out=1e-10)
                    g1 = correlator_quad(f, c["h"], si, sj, w, rv, edges, eps_out=1e-8)
                    err = abs(g-g1)
                out.write(f"{c['name']},{lab},{r[0]:.6e},{r[1]:.6e},{w:.15e},{g.real:.15e},{g.imag:.15e},{err:.3e}\n")
                out.flush()
            print(c["name"], r, "done", time.time()-t0, file=sys.stderr)
