package org.gapfill.output;

import java.util.List;

/**
 * Builds CSV text deterministically: a header row, RFC 4180 quoting where needed, {@code \n}
 * line ends, and numbers formatted the same on every machine and in every locale. The same
 * cells always give the same bytes.
 *
 * <pre>
 *   CsvWriter csv = new CsvWriter(List.of("week", "unmetNeed"));
 *   csv.cell(0).cell(0.25).endRow();
 *   String text = csv.text();
 * </pre>
 */
public final class CsvWriter {
  /** Beyond this a double may not be an exact integer, so it keeps Double.toString's form. */
  private static final double LARGEST_PLAIN_INTEGER = 1e15;

  private final StringBuilder text = new StringBuilder();
  private final int columns;
  private int cellsInRow;

  /** A CSV whose first row is the header. */
  public CsvWriter(List<String> header) {
    if (header.isEmpty()) {
      throw new IllegalArgumentException("a CSV needs at least one column");
    }
    columns = header.size();
    for (String name : header) {
      cell(name);
    }
    endRow();
  }

  /** Appends a text cell (quoted when it holds a comma, quote or line break; null is empty). */
  public CsvWriter cell(String value) {
    separate();
    text.append(quote(value == null ? "" : value));
    return this;
  }

  /** Appends a number cell, formatted by {@link #number(double)}. */
  public CsvWriter cell(double value) {
    separate();
    text.append(number(value));
    return this;
  }

  /** Appends an integer cell. */
  public CsvWriter cell(long value) {
    separate();
    text.append(value);
    return this;
  }

  /** Appends an empty cell (a missing value). */
  public CsvWriter empty() {
    separate();
    return this;
  }

  /** Ends the row; it must have exactly as many cells as the header. */
  public CsvWriter endRow() {
    if (cellsInRow != columns) {
      throw new IllegalStateException(
          "row has " + cellsInRow + " cells but the header has " + columns);
    }
    text.append('\n');
    cellsInRow = 0;
    return this;
  }

  /** The CSV text so far (complete rows only). */
  public String text() {
    if (cellsInRow != 0) {
      throw new IllegalStateException("the last row is not ended");
    }
    return text.toString();
  }

  private void separate() {
    if (cellsInRow == columns) {
      throw new IllegalStateException("row has more cells than the header's " + columns);
    }
    if (cellsInRow > 0) {
      text.append(',');
    }
    cellsInRow++;
  }

  /**
   * A number as result files write it: integral values below 10^15 without a decimal point
   * ({@code 3}, not {@code 3.0}); other finite values in Java's shortest round-trip form
   * ({@code 0.1}, {@code 1.0E-5}), which is locale-independent; NaN and infinities as empty
   * text, so R and pandas read them as missing.
   */
  public static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "";
    }
    if (value == Math.rint(value) && Math.abs(value) < LARGEST_PLAIN_INTEGER) {
      // (long) of -0.0 is 0, so negative zero is written as 0 too.
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /** A cell's text, quoted and with quotes doubled when RFC 4180 requires it. */
  public static String quote(String value) {
    boolean needsQuotes = false;
    for (int i = 0; i < value.length() && !needsQuotes; i++) {
      char c = value.charAt(i);
      needsQuotes = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
