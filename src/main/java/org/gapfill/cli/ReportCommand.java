package org.gapfill.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gapfill.report.Report;
import org.gapfill.report.ReportException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code gapfill report}: charts and a self-contained report.html for a result folder. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Draw the charts (charts/*.png, charts/*.svg) and write a self-contained "
        + "report.html into a result folder of run, compare, sweep or sensitivity."},
    footer = {"", "Example:", "  gapfill report results/classroom/20261123-101500-1",
        "Exit codes: 0 success, 2 a folder it cannot read or write."})
public final class ReportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "RESULT_DIR", description = "A result folder.")
  Path dir;

  @Mixin
  CommonOptions common = new CommonOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      Report.Written w = Report.write(dir);
      if (!common.quiet) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s report with %d charts: %s%n", w.kind().name().toLowerCase(java.util.Locale.ROOT),
            w.charts().size(), w.html());
        out.flush();
      }
      return 0;
    } catch (ReportException e) {
      err.println("gapfill report: " + e.getMessage());
      err.flush();
      return Gapfill.BAD_INPUT;
    } catch (RuntimeException e) {
      return Gapfill.failed(err, "report", e, common.debug);
    }
  }
}
