package org.magent.app.cli;

import org.magent.medium.fft.FftThreads;

/**
 * The thread pool of the FFT media: daemon threads, installed by {@link FftThreads} when the first FFT is planned
 * (so commands that use no FFT never create it).
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
