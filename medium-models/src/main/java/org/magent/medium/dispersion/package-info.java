/**
 * The formula medium "dispersion": any magnon band ω_k written as an expression in kx, ky, kz and named
 * parameters, its Green's functions from the FFT engine, its soft-mode search ({@link
 * org.magent.medium.dispersion.SoftModeSearch}), and the base class of translation-invariant media without
 * inversion symmetry ({@link org.magent.medium.TranslationInvariantMedium}), which give D ≠ 0.
 */
package org.magent.medium.dispersion;
