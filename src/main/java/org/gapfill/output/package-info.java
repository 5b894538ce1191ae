/**
 * Result folders (DESIGN §4): deterministic CSV, GraphML and JSON text, written through a
 * staging directory that appears under its final name only when complete.
 */
package org.gapfill.output;
