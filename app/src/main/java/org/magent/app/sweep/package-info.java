/**
 * {@code magent sweep}: entanglement versus qubit separation and an optional second axis: the scenario,
 * its files, the per-point physics, the parallel resumable runner, CSV/JSON output and the built-in NV/YIG example.
 */
package org.magent.app.sweep;
