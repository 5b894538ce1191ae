package org.gapfill.output;

/**
 * A result folder could not be created or written; the message is one line naming the path and
 * what is wrong, fit to show a user as it is (for example
 * {@code --out results/x: exists and is not empty}).
 */
public final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputException(String message) {
    super(message);
  }

  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
