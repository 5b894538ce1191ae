package org.gapfill.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.gapfill.report.Report;
import org.gapfill.report.ReportException;
import picocli.CommandLine.Option;

/** The {@code --no-report} option of commands that write a result folder, and the report step. */
public final class ReportOptions {
  @Option(names = "--no-report", description = "Do not draw charts or write report.html.")
  boolean noReport;

  /**
   * Writes charts and report.html into a finished folder (after its CSVs are committed, so the
   * report can never alter them); returns 0, or 1 with a one-line message when it failed.
   */
  int write(Path folder, PrintWriter out, PrintWriter err, String command, boolean quiet) {
    if (noReport) {
      return 0;
    }
    try {
      Report.Written w = Report.write(folder);
      if (!quiet) {
        out.printf("report: %s%n", w.html());
        out.flush();
      }
      return 0;
    } catch (ReportException e) {
      err.println("gapfill " + command + ": report not written: " + e.getMessage());
      err.flush();
      return Gapfill.RUN_FAILED;
    }
  }
}
