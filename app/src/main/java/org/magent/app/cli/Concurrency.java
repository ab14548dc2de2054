package org.magent.app.cli;

import org.magent.medium.fft.FftThreads;

/**
 * The thread pool of the FFT media: the application sets it once, when the media registry is first built
 * ({@code MediaContext.catalog()}), to {@link FftThreads}' fixed pool of daemon threads. ({@code Fft} installs
 * the same pool on first use, so a library user who never goes through the application gets it too, and a JVM
 * that used the FFT media exits when its {@code main} returns.)
 */
public final class Concurrency {

    private Concurrency() {
    }

    /**
     * Sets JTransforms' thread count and pool; later calls do nothing.
     *
     * @return the number of FFT threads in use
     */
    public static int configureFftThreads() {
        return FftThreads.configure();
    }
}
