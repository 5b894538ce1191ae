/**
 * Global sensitivity analysis that knows nothing of the model: Morris elementary effects for
 * screening and Sobol' variance-based indices. Each method lists the points to evaluate, the
 * caller runs whatever it likes on them (in any order, in parallel) and hands the outputs back
 * for analysis. Everything is deterministic for a given seed.
 */
package org.gapfill.experiment.sensitivity;
