/**
 * Charts (PNG and SVG), pictures of the referral network and a self-contained {@code report.html}
 * drawn from the CSV files of a result folder, after the run: the report reads files and never
 * touches the model, so charts cannot change a CSV.
 */
package org.gapfill.report;
