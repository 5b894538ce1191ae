package org.gapfill.report;

/** A result folder the report cannot read, or a report it cannot write; the message is one line. */
public final class ReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A problem described in one line. */
  public ReportException(String message) {
    super(message);
  }
}
