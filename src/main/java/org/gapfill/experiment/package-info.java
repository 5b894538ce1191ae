/**
 * Experiments on the model: replicate seeds, replications spread over threads, and the
 * statistics (means and Student-t confidence intervals) that summarise them.
 */
package org.gapfill.experiment;
