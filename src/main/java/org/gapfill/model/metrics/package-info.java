/**
 * Observers of the model: the need ledger that balances every week, the weekly flow tally,
 * the metric columns and the recorder that keeps one row of them per week.
 */
package org.gapfill.model.metrics;
