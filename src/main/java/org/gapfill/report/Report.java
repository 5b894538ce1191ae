package org.gapfill.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes {@code report.html} and {@code charts/} into a result folder of any kind. */
public final class Report {
  /** The kinds of result folder the report understands, by the file that marks each. */
  public enum Kind {
    COMPARE("comparison.csv"), SWEEP("sweep.csv"), SENSITIVITY("sensitivity.csv"),
    RUN("timeseries-mean.csv");

    private final String marker;

    Kind(String marker) {
      this.marker = marker;
    }
  }

  /** What a report wrote. */
  public record Written(Kind kind, Path html, List<ChartFile> charts) {
  }

  private Report() {
  }

  /** The kind of a folder; a folder of no known kind is a {@link ReportException}. */
  public static Kind detect(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ReportException(dir + ": not a folder");
    }
    for (Kind k : Kind.values()) {
      if (Files.isRegularFile(dir.resolve(k.marker))) {
        return k;
      }
    }
    throw new ReportException(dir + ": not a gapfill result folder (no timeseries-mean.csv, "
        + "comparison.csv, sweep.csv or sensitivity.csv)");
  }

  /** Draws the charts into {@code dir/charts/} and writes {@code dir/report.html}. */
  public static Written write(Path dir) {
    System.setProperty("java.awt.headless", "true");
    Kind kind = detect(dir);
    Path charts = dir.resolve("charts");
    try {
      Files.createDirectories(charts);
    } catch (IOException e) {
      throw new ReportException("cannot create " + charts + ": " + e.getMessage());
    }
    List<ChartFile> drawn = new java.util.ArrayList<>();
    Page page = switch (kind) {
      case RUN -> RunReport.build(dir, charts, drawn);
      case COMPARE -> CompareReport.build(dir, charts, drawn);
      case SWEEP -> SweepReport.build(dir, charts, drawn);
      case SENSITIVITY -> SensitivityReport.build(dir, charts, drawn);
    };
    Path html = writeText(dir.resolve("report.html"), page.html());
    return new Written(kind, html, List.copyOf(drawn));
  }

  /** Writes a text file atomically (a temporary name, then a rename). */
  static Path writeText(Path file, String text) {
    try {
      // a plain sibling name (not createTempFile, whose files are owner-only) keeps the umask
      Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw new ReportException("cannot write " + file + ": " + e.getMessage());
    }
  }

  /** The manifest section every report ends with. */
  static void reproducibility(Page page, ScenarioInfo info, String how) {
    page.h2("Reproducibility");
    page.p("", how);
    if (!info.manifest().isEmpty()) {
      page.pre(info.manifest());
    }
  }
}
