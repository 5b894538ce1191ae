package org.gapfill.experiment;

/** A replicate's model failed; the message names the replicate and its seed. */
public final class ReplicationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int replicate;

  ReplicationException(int replicate, long seed, Throwable cause) {
    super("replicate " + replicate + " (seed " + seed + ") failed: " + describe(cause), cause);
    this.replicate = replicate;
  }

  /** The 1-based index of the replicate that failed. */
  public int replicate() {
    return replicate;
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName()
        : cause.getClass().getSimpleName() + ": " + message;
  }
}
