#!/usr/bin/python3
"""Times numpy.fft.fftn of a complex128 128^3 array, to compare with GreensBenchmark.fft128 (JTransforms).

Run: /usr/bin/python3 benchmarks/python/numpy_fft_bench.py
Prints the best and the median of 5 timed runs (each the mean of a few calls) in milliseconds.
"""
import statistics
import timeit

import numpy as np

N = 128
rng = np.random.default_rng(1)
data = rng.standard_normal((N, N, N)) + 1j * rng.standard_normal((N, N, N))
np.fft.fftn(data)  # warm-up
repeat, number = 5, 3
times = [t / number * 1e3 for t in timeit.repeat(lambda: np.fft.fftn(data), repeat=repeat, number=number)]
print(f"numpy {np.__version__} fftn complex128 {N}^3: best {min(times):.1f} ms, median {statistics.median(times):.1f} ms")
