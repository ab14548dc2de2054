/**
 * Third-party media from plugin jars ({@code magent --plugin path/to.jar …}): loading the jars, and a guard that
 * runs every call into plugin code with a timeout, turns its failures into one-line errors naming the plugin and
 * the medium, and checks what it returns (finite numbers, causal spectral weight, docs/physics.md).
 */
package org.magent.app.plugin;
