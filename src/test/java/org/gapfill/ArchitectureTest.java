package org.gapfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the model layer free of GUI, CLI, serialisation, file I/O and
 * higher-layer dependencies: everything under {@code org.gapfill.model} must be
 * usable headless and without touching the file system.
 */
class ArchitectureTest {

  static final Path MODEL_ROOT = Path.of("src", "main", "java", "org", "gapfill", "model");

  /** Minimum number of model sources, so that the check cannot pass vacuously. */
  static final int MIN_MODEL_FILES = 5;

  /** Forbidden imports (matched against the imported name, static or not) and why. */
  static final Map<Pattern, String> FORBIDDEN = Map.of(
      Pattern.compile("javax\\.swing(\\..*)?"), "GUI (Swing)",
      Pattern.compile("java\\.awt(\\..*)?"), "GUI (AWT)",
      Pattern.compile("picocli(\\..*)?"), "CLI (picocli)",
      Pattern.compile("com\\.fasterxml(\\..*)?"), "serialisation (Jackson)",
      Pattern.compile("java\\.nio\\.file(\\..*)?"), "file I/O (java.nio.file)",
      Pattern.compile("java\\.io\\.(\\*|File\\w*|\\w*(Stream|Reader|Writer))(\\..*)?"),
          "file I/O (java.io)",
      Pattern.compile("org\\.gapfill\\.(scenario|experiment|output|report|cli|gui)(\\..*)?"),
          "higher layer (org.gapfill.*)");

  private static final Pattern IMPORT =
      Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;", Pattern.MULTILINE);
  private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

  record ScanResult(int filesScanned, List<String> violations) { }

  /** Scans all {@code *.java} files below {@code root} for forbidden imports. */
  static ScanResult scan(Path root) {
    if (!Files.isDirectory(root)) {
      return new ScanResult(0, List.of());
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> violations = new ArrayList<>();
    for (Path file : files) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      text = BLOCK_COMMENT.matcher(text).replaceAll(" ");
      Matcher m = IMPORT.matcher(text);
      while (m.find()) {
        String imported = m.group(1);
        for (Map.Entry<Pattern, String> rule : FORBIDDEN.entrySet()) {
          if (rule.getKey().matcher(imported).matches()) {
            violations.add(file + ": import " + imported + "  -- " + rule.getValue());
          }
        }
      }
    }
    return new ScanResult(files.size(), violations);
  }

  @Test
  void modelDoesNotImportForbiddenPackages() {
    ScanResult result = scan(MODEL_ROOT);
    assertTrue(result.filesScanned() >= MIN_MODEL_FILES,
        "expected at least " + MIN_MODEL_FILES + " model sources under "
            + MODEL_ROOT.toAbsolutePath() + ", found " + result.filesScanned());
    assertTrue(result.violations().isEmpty(),
        "org.gapfill.model must not depend on GUI/CLI/serialisation/file I/O or higher layers:\n  "
            + String.join("\n  ", result.violations()));
  }

  @Test
  void scannerReportsPlantedBadImports(@TempDir Path tmp) throws IOException {
    Path pkg = Files.createDirectories(tmp.resolve("org/gapfill/model/sub"));
    Files.writeString(pkg.resolve("Clean.java"), String.join("\n",
        "package org.gapfill.model.sub;",
        "import java.util.List;",
        "import java.io.Serializable;",
        "import java.io.UncheckedIOException;",
        "import sim.engine.SimState;",
        "import org.gapfill.model.Agent;",
        "import org.gapfillx.cli.NotOurs;",
        "/* import javax.swing.JFrame; (commented out) */",
        "class Clean { String glob = \"**/*.csv\"; }"));
    Files.writeString(pkg.resolve("Bad.java"), String.join("\n",
        "package org.gapfill.model.sub;",
        "import java.util.List;",
        "import javax.swing.JFrame;",
        "import java.awt.Color;",
        "import picocli.CommandLine;",
        "import com.fasterxml.jackson.databind.ObjectMapper;",
        "import java.nio.file.Files;",
        "import java.io.FileWriter;",
        "import java.io.BufferedReader;",
        "import java.io.*;",
        "import static org.gapfill.cli.Gapfill.main;",
        "import org.gapfill.output.CsvWriter;",
        "import org.gapfill.scenario.*;",
        "class Bad { }"));

    ScanResult result = scan(tmp);

    assertEquals(2, result.filesScanned());
    List<String> expected = List.of("javax.swing.JFrame", "java.awt.Color", "picocli.CommandLine",
        "com.fasterxml.jackson.databind.ObjectMapper", "java.nio.file.Files", "java.io.FileWriter",
        "java.io.BufferedReader", "java.io.*", "org.gapfill.cli.Gapfill.main",
        "org.gapfill.output.CsvWriter", "org.gapfill.scenario.*");
    for (String imp : expected) {
      assertTrue(result.violations().stream()
              .anyMatch(v -> v.contains("Bad.java") && v.contains("import " + imp + " ")),
          "planted import " + imp + " not reported; got " + result.violations());
    }
    assertEquals(expected.size(), result.violations().size(),
        "unexpected violations: " + result.violations());
    assertTrue(result.violations().stream().noneMatch(v -> v.contains("Clean.java")),
        "false positive: " + result.violations());
  }
}
