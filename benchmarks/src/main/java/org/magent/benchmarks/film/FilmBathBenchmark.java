package org.magent.benchmarks.film;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.magent.bath.NvPairBath;
import org.magent.medium.film.BiasField;
import org.magent.medium.film.FilmMaterial;
import org.magent.medium.film.FilmMedium;
import org.magent.nv.NvAxis;
import org.magent.nv.NvCentre;
import org.magent.nv.NvQubit;
import org.magent.physics.PhysicalConstants;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of the bath of two NV centres above a film (a, ã, A, Ã, J⊥, Jz, D, d, 𝔇: the stray-field correlators at
 * the NV frequency, at ω = 0 and their zero-frequency slope), for 1 separation against 1,000 log-spaced separations
 * from 10 nm to 10 µm along one direction, at the accuracy the bath is computed with (1e-5 of the local
 * correlator). The geometry is the film issue's command line: YIG 20 nm, 25 mT at 54.7°, NVs at 109 nm, 299 K.
 * The single separation is the largest, 10 µm, which needs the same resolution of the transform.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FilmBathBenchmark -f 1 -wi 2 -i 5}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class FilmBathBenchmark {

    /** How many separations. */
    @Param({"1", "1000"})
    public int separations;

    /** The direction of the separations: 0 along x (the field), 90 along y (Damon–Eshbach) (deg). */
    @Param({"0", "90"})
    public int directionDeg;

    private FilmMedium film;
    private NvQubit qubit;
    private double[] distances;

    /** Builds the film, the NV and the separations. */
    @Setup
    public void setUp() {
        film = new FilmMedium(Map.of(), new FilmMaterial(20e-9, 142e3, 3.7e-12, 1e-4,
                PhysicalConstants.ELECTRON_G_FACTOR), new BiasField(0.025, Math.toRadians(54.7)));
        double[] b = film.band().field().vector();
        qubit = NvQubit.in(NvCentre.of(new NvAxis(NvAxis.TETRAHEDRAL_POLAR, 0), -1, 109e-9), b, b);
        distances = new double[separations];
        for (int i = 0; i < separations; i++) {
            distances[i] = separations == 1 ? 10e-6 : 10e-9 * Math.pow(1000, i / (double) (separations - 1));
        }
    }

    /**
     * The bath at every separation.
     *
     * @return the points (kept alive for the JIT)
     */
    @Benchmark
    public List<List<NvPairBath.Point>> bath() {
        return NvPairBath.compute(film, qubit, qubit, List.of(299.0), Math.toRadians(directionDeg), distances, true);
    }
}
