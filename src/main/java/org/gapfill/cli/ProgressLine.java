package org.gapfill.cli;

import java.io.PrintWriter;
import org.gapfill.experiment.Progress;

/**
 * Progress of long work on stderr: a bar redrawn in place on a terminal, a plain line every few
 * seconds otherwise (logs, CI), nothing when quiet. Safe to call from worker threads.
 */
final class ProgressLine implements Progress {
  private static final int BAR = 30;
  private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private final String what;
  private final long start = System.nanoTime();
  private long lastPlain = start;

  ProgressLine(PrintWriter err, boolean terminal, boolean quiet, String what) {
    this.err = err;
    this.terminal = terminal;
    this.quiet = quiet;
    this.what = what;
  }

  /** Whether standard error is probably a terminal (Java only tells about the console). */
  static boolean stderrIsTerminal() {
    return System.console() != null && System.getenv("CI") == null;
  }

  @Override
  public synchronized void replicateDone(int done, int total) {
    if (quiet) {
      return;
    }
    long now = System.nanoTime();
    double seconds = (now - start) / 1e9;
    double rate = done / Math.max(seconds, 1e-9);
    double left = (total - done) / Math.max(rate, 1e-9);
    String stats = String.format("%d/%d %s, %.1f/s, %s left", done, total, what, rate, clock(left));
    if (terminal) {
      int filled = (int) Math.round(BAR * (double) done / total);
      err.print("\r[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + stats + "   ");
      if (done == total) {
        err.println();
      }
      err.flush();
    } else if (done == total || now - lastPlain >= PLAIN_EVERY_NANOS) {
      lastPlain = now;
      err.println("gapfill: " + stats);
      err.flush();
    }
  }

  static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format("%d:%02d", s / 60, s % 60);
  }
}
