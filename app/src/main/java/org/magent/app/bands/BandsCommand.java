package org.magent.app.bands;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.magent.app.cli.ExitCode;
import org.magent.app.media.MediaContext;
import org.magent.app.nv.NvOptions;
import org.magent.app.relaxometry.RelaxometryRun;
import org.magent.app.output.OutputDirectory;
import org.magent.app.sweep.AtomicFiles;
import org.magent.medium.FieldMedium;
import org.magent.medium.film.FilmMaterial;
import org.magent.medium.film.FilmMedium;
import org.magent.medium.film.RateDensity;
import org.magent.medium.film.SpinWaveBand;
import org.magent.nv.NvCentre;
import org.magent.nv.NvQubit;
import org.magent.validation.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code magent bands}: the two pictures of a relaxometry paper, the film's dispersion along the Damon–Eshbach,
 * backward-volume and an intermediate direction with the NV frequency, and the map over (k_x, k_y) of the NV's
 * rate integrand at its frequency (resonance ring and its non-reciprocal weight).
 */
@Command(name = "bands", mixinStandardHelpOptions = true,
        description = {"The film's spin-wave dispersion (Damon-Eshbach, backward-volume and 45 deg directions) with the"
            + " NV frequency, and the map of the NV's rate integrand over (kx, ky) at its frequency.",
            "Writes bands_dispersion.csv/.png and bands_map.csv/.png to --output-dir."},
        footer = {"", "Directions refer to the in-plane projection of the magnetisation (x): backward volume k || x,"
            + " Damon-Eshbach k || y.",
            "Exit status: 0 success, 1 unstable film, 2 bad input, 3 internal error."})
public final class BandsCommand implements Callable<Integer> {

    private static final int GRID = 161;

    @Option(names = "--medium", required = true, paramLabel = "NAME", description = "The field medium: film.")
    String medium;

    @Option(names = "--set", paramLabel = "name=value,...", description = "Film parameters with units.")
    String set;

    @Mixin
    NvOptions nv;

    @Option(names = "--temperature", paramLabel = "T", description = "Temperature with a unit (only the echo).")
    String temperature;

    @Option(names = "--k-max", paramLabel = "K", description = "Largest wave number shown, e.g. 40/um (default: 2.5"
            + " times the largest resonant k at the NV frequency).")
    String kMax;

    @Option(names = "--output-dir", paramLabel = "DIR", defaultValue = "magent-output",
            description = "Where the files go (default ${DEFAULT-VALUE}).")
    Path outputDir;

    private final PrintStream out;
    private final MediaContext media;

    /**
     * Creates the command.
     *
     * @param out standard output
     * @param media the media registry
     */
    public BandsCommand(PrintStream out, MediaContext media) {
        this.out = out;
        this.media = media;
    }

    @Override
    public Integer call() {
        List<NvCentre> nvs = nv.centres();
        if (nvs.size() != 1) {
            throw new InvalidInputException("nv", "bands shows one NV: give --nv once (got " + nvs.size() + ")");
        }
        double b = nv.biasField().magnitude();
        double t = NvOptions.kelvin(temperature);
        RelaxometryRun run = new RelaxometryRun(media.catalog(), medium, set, nv.polar(), nvs.get(0), t);
        FieldMedium fm = run.medium(b);
        if (!(fm instanceof FilmMedium film)) {
            throw new InvalidInputException("medium", "bands needs the film medium");
        }
        if (!film.stability().stable()) {
            throw new org.magent.app.cli.VerdictException(String.join("; ", film.stability().findings()));
        }
        NvQubit q = run.qubit(b, nvs.get(0));
        SpinWaveBand band = film.band();
        double omega = q.splitting();
        double kRes = largestResonantK(band, omega);
        double k = kMax != null ? waveNumber(kMax) : Math.max(2.5 * kRes, 1e7);
        double[] phis = {0, Math.PI / 4, Math.PI / 2};
        String[] names = {"backward volume (k || x)", "45 deg", "Damon-Eshbach (k || y)"};
        int n = 400;
        double[] ks = new double[n + 1];
        double[][] f = new double[3][n + 1];
        StringBuilder csv = new StringBuilder("k_rad_per_um,f_BV_GHz,f_45deg_GHz,f_DE_GHz,f_NV_GHz\n");
        for (int i = 0; i <= n; i++) {
            ks[i] = k * i / n;
            for (int d = 0; d < 3; d++) {
                f[d][i] = band.frequency(ks[i], phis[d]) / (2 * Math.PI * 1e9);
            }
            csv.append(String.format(Locale.ROOT, "%.9g,%.9g,%.9g,%.9g,%.9g%n", ks[i] * 1e-6, f[0][i], f[1][i], f[2][i],
                    omega / (2 * Math.PI * 1e9)));
        }
        OutputDirectory.prepare(outputDir);
        byte[] dispersionPng = dispersionPng(ks, f, names, omega, b);
        // the rate integrand, broadened for display so that the ring spans about two pixels
        double kMap = Math.max(1.3 * kRes, 2e6);
        double pixel = 2 * kMap / (GRID - 1);
        double display = Math.max(band.material().damping(), displayDamping(band, omega, pixel));
        FilmMaterial m = band.material();
        SpinWaveBand shown = new SpinWaveBand(new FilmMaterial(m.thickness(), m.magnetisation(),
                m.exchangeConstant(), display, m.gFactor()), band.field());
        double[] grid = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            grid[i] = -kMap + i * pixel;
        }
        double[][] map = RateDensity.map(shown, omega, nvs.get(0).height(), q.transitionRe(), q.transitionIm(), grid,
                grid);
        StringBuilder mapCsv = new StringBuilder("kx_rad_per_um,ky_rad_per_um,dA11_d2k_s_m2\n");
        for (int j = 0; j < GRID; j++) {
            for (int i = 0; i < GRID; i++) {
                mapCsv.append(String.format(Locale.ROOT, "%.6g,%.6g,%.6g%n", grid[i] * 1e-6, grid[j] * 1e-6,
                        map[j][i]));
            }
        }
        byte[] mapPng = mapPng(grid, map, omega, display, band.material().damping());
        AtomicFiles.write(outputDir.resolve("bands_dispersion.csv"), csv.toString());
        AtomicFiles.write(outputDir.resolve("bands_dispersion.png"), dispersionPng);
        AtomicFiles.write(outputDir.resolve("bands_map.csv"), mapCsv.toString());
        AtomicFiles.write(outputDir.resolve("bands_map.png"), mapPng);
        out.println(String.format(Locale.ROOT, "# film at B = %.6g mT: %s; band bottom %.6g GHz; NV frequency %.6g GHz",
                1e3 * b, band.describe(), band.bandMinimum()[0] / (2 * Math.PI * 1e9), omega / (2 * Math.PI * 1e9)));
        out.println("# wrote bands_dispersion.csv/.png and bands_map.csv/.png to " + outputDir
                + (display > band.material().damping() ? String.format(Locale.ROOT, " (map broadened to damping %.3g"
                        + " for display)", display) : ""));
        return ExitCode.OK;
    }

    private static double waveNumber(String text) {
        String s = text.strip();
        double scale = 1;
        if (s.endsWith("/um") || s.endsWith("/µm")) {
            scale = 1e6;
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("/nm")) {
            scale = 1e9;
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("/m")) {
            s = s.substring(0, s.length() - 2);
        } else {
            throw new InvalidInputException("k-max", "--k-max = " + text + " needs a unit: rad per length, e.g. 40/um");
        }
        try {
            double v = Double.parseDouble(s) * scale;
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("k-max", "--k-max = " + text + " is not a positive wave number (e.g. 40/um)");
        }
    }

    /** The largest k with ω(k, φ) = ω over the directions (1/m), or the band-minimum k when ω is below the band. */
    static double largestResonantK(SpinWaveBand band, double omega) {
        double best = band.bandMinimum()[1];
        for (int j = 0; j < 180; j++) {
            double phi = Math.PI * j / 180;
            double lo = 0;
            double hi = 1e5;
            while (band.frequency(hi, phi) < omega && hi < 1e10) {
                hi *= 2;
            }
            if (band.frequency(hi, phi) < omega) {
                continue;
            }
            lo = hi / 2;
            for (int it = 0; it < 60; it++) {
                double mid = 0.5 * (lo + hi);
                if (band.frequency(mid, phi) < omega) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            best = Math.max(best, hi);
        }
        return best;
    }

    /** The damping that makes the resonance about two pixels wide in k along the Damon–Eshbach direction. */
    private static double displayDamping(SpinWaveBand band, double omega, double pixel) {
        double k = largestResonantK(band, omega);
        double dk = 1e-3 * Math.max(k, 1e5);
        double vg = Math.abs(band.frequency(k + dk, Math.PI / 2) - band.frequency(Math.max(0, k - dk), Math.PI / 2))
                / (2 * dk);
        return Math.min(0.2, 2 * pixel * vg / omega);
    }

    private static byte[] dispersionPng(double[] ks, double[][] f, String[] names, double omega, double b) {
        System.setProperty("java.awt.headless", "true");
        XYChart c = new XYChart(1000, 650);
        c.setTitle(String.format(Locale.ROOT, "Film spin-wave dispersion at B = %.4g mT and the NV frequency", 1e3 * b));
        c.setXAxisTitle("wave number k (rad/um)");
        c.getStyler().setXAxisDecimalPattern("0.#");
        c.setYAxisTitle("frequency f (GHz)");
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotBackgroundColor(Color.WHITE);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        Color[] colors = {new Color(0, 90, 181), new Color(150, 60, 170), new Color(220, 50, 32)};
        float[][] dashes = {null, {8f, 5f}, {2f, 4f}};
        double[] x = new double[ks.length];
        for (int i = 0; i < ks.length; i++) {
            x[i] = ks[i] * 1e-6;
        }
        for (int d = 0; d < 3; d++) {
            XYSeries s = c.addSeries(names[d], x, f[d]);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(colors[d]);
            s.setLineStyle(dashes[d] == null ? new BasicStroke(2.5f)
                    : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dashes[d], 0f));
        }
        double fnv = omega / (2 * Math.PI * 1e9);
        XYSeries line = c.addSeries(String.format(Locale.ROOT, "NV frequency %.4f GHz", fnv),
                new double[] {x[0], x[x.length - 1]}, new double[] {fnv, fnv});
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(new Color(0, 150, 80));
        line.setLineStyle(new BasicStroke(2f));
        return png(c);
    }

    private static byte[] mapPng(double[] grid, double[][] map, double omega, double display, double damping) {
        double[] perMicron = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            perMicron[i] = grid[i] * 1e-6;
        }
        String title = String.format(Locale.ROOT, "NV rate integrand over k at f = %.4f GHz%s", omega / (2 * Math.PI
                * 1e9), display > damping ? String.format(Locale.ROOT, " (damping %.2g for display)", display) : "");
        return MapImage.png(perMicron, map, title, "kx (rad/um), along the in-plane magnetisation", "ky (rad/um)",
                "dA11/d2k, relative (max = 1)");
    }

    private static byte[] png(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render a plot: " + e.getMessage(), e);
        }
    }

}
