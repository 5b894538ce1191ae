package org.gapfill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gapfill.cli.Gapfill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * One broken scenario per kind of mistake: {@code gapfill run} exits 2, prints the exact
 * {@code FILE:LINE:COLUMN: PATH: message} line, and creates no result folder.
 */
class BrokenScenarioTest {
  @TempDir
  Path dir;

  private String err;

  /** Runs {@code gapfill run FILE --out dir/out}; asserts exit 2 and no output folder. */
  private List<String> run(String fileName, String yaml, String... extra) throws IOException {
    Path file = dir.resolve(fileName);
    if (yaml != null) {
      Files.writeString(file, yaml);
    }
    List<String> args = new ArrayList<>(List.of("run", file.toString(), "--out",
        dir.resolve("out").toString(), "--quiet"));
    args.addAll(List.of(extra));
    CommandLine cl = Gapfill.commandLine();
    StringWriter errText = new StringWriter();
    cl.setErr(new PrintWriter(errText));
    cl.setOut(new PrintWriter(new StringWriter()));
    int code = cl.execute(args.toArray(new String[0]));
    err = errText.toString();
    assertEquals(2, code, "exit code; stderr:\n" + err);
    assertFalse(Files.exists(dir.resolve("out")), "no result folder");
    assertFalse(Files.exists(Path.of("results")) && isNewer(Path.of("results")), "no default folder");
    assertFalse(err.contains("Exception"), "no stack trace:\n" + err);
    return err.lines().toList();
  }

  private static boolean isNewer(Path p) throws IOException {
    return Files.getLastModifiedTime(p).toMillis() > System.currentTimeMillis() - 2000;
  }

  private void expectLine(List<String> lines, String expectedStart) {
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(expectedStart)),
        "expected a line starting with\n  " + expectedStart + "\ngot\n  " + String.join("\n  ", lines));
  }

  private String f(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void yamlSyntaxError() throws IOException {
    List<String> lines = run("syntax.yaml", "name: x\nmigrants:\n  initial: 10\n bad: [1, 2\n");
    assertEquals(1, lines.size(), err);
    assertTrue(lines.get(0).startsWith(f("syntax.yaml") + ":4:"), err);
    assertTrue(lines.get(0).contains("YAML syntax error"), err);
  }

  @Test
  void unknownKeyWithSuggestion() throws IOException {
    List<String> lines = run("key.yaml", "name: x\nmunicipality:\n  discretio: 0.3\n");
    expectLine(lines, f("key.yaml") + ":3:3: municipality.discretio: unknown key; did you mean 'discretion'?");
  }

  @Test
  void wrongType() throws IOException {
    List<String> lines = run("type.yaml", "municipality:\n  discretion: high\n");
    expectLine(lines, f("type.yaml") + ":2:15: municipality.discretion: expected a number, got 'high'");
  }

  @Test
  void wholeNumberExpected() throws IOException {
    List<String> lines = run("whole.yaml", "horizonWeeks: 52.5\n");
    expectLine(lines, f("whole.yaml") + ":1:15: horizonWeeks: expected a whole number, got 52.5");
  }

  @Test
  void valueOutOfRange() throws IOException {
    List<String> lines = run("range.yaml", "municipality:\n  discretion: 1.5\n");
    expectLine(lines, f("range.yaml") + ":2:15: municipality.discretion: 1.5 is out of range (allowed: 0 to 1)");
  }

  @Test
  void negativeCount() throws IOException {
    List<String> lines = run("negative.yaml", "migrants:\n  initial: -5\n");
    expectLine(lines, f("negative.yaml") + ":2:12: migrants.initial: -5 is out of range (allowed: 0 to 10000000)");
  }

  @Test
  void sharesThatDoNotSumToOne() throws IOException {
    List<String> lines = run("mix.yaml",
        "migrants:\n  statusMix: {asylumSeeker: 0.5, rejected: 0.5, undocumented: 0.5}\n");
    expectLine(lines, f("mix.yaml") + ":2:14: migrants.statusMix: shares must sum to 1, they sum to 1.5");
  }

  @Test
  void eventAfterTheHorizon() throws IOException {
    List<String> lines = run("late.yaml",
        "horizonWeeks: 100\nevents:\n  - {at: 200, type: setDiscretion, value: 0.1}\n");
    expectLine(lines, f("late.yaml") + ":3:10: events[0].at: week 200 is outside the run (allowed: 0 to 99");
  }

  @Test
  void fractionalWeeksInAnEvent() throws IOException {
    List<String> lines = run("weeks.yaml",
        "events:\n  - {at: 5, type: lockdown, weeks: 2.5, publicFactor: 0.5, csoFactor: 0.5}\n");
    expectLine(lines, f("weeks.yaml") + ":2:36: events[0].weeks: expected a whole number, got 2.5");
  }

  @Test
  void eventNamingAMissingCso() throws IOException {
    List<String> lines = run("exit.yaml", "csos:\n  - {name: Medina, type: autonomous, domains: [legal]}\n"
        + "events:\n  - {at: 5, type: csoExit, name: Medna}\n");
    expectLine(lines, f("exit.yaml") + ":4:34: events[0].name: no CSO named 'Medna'; did you mean 'Medina'?");
  }

  @Test
  void unknownEventType() throws IOException {
    List<String> lines = run("event.yaml", "events:\n  - {at: 5, type: fundCut, target: all, fraction: 0.1}\n");
    expectLine(lines, f("event.yaml") + ":2:19: events[0].type: unknown event type 'fundCut'; did you mean 'fundingCut'?");
  }

  @Test
  void unknownStatus() throws IOException {
    List<String> lines = run("status.yaml", "events:\n"
        + "  - {at: 5, type: narrowEligibility, status: illegal, domains: [health], to: excluded}\n");
    expectLine(lines, f("status.yaml") + ":2:46: events[0].status: unknown value 'illegal'");
  }

  @Test
  void unknownDomain() throws IOException {
    List<String> lines = run("domain.yaml",
        "municipality:\n  eligibility:\n    rejected: {helth: excluded}\n");
    expectLine(lines, f("domain.yaml") + ":3:16: municipality.eligibility.rejected.helth: unknown domain; did you mean 'health'?");
  }

  @Test
  void unknownCsoType() throws IOException {
    List<String> lines = run("csotype.yaml", "csos:\n  - {name: A, type: civc, domains: [health]}\n");
    expectLine(lines, f("csotype.yaml") + ":2:21: csos[A].type: unknown value 'civc'; did you mean 'civic'?");
  }

  @Test
  void cycleOfExtends() throws IOException {
    Files.writeString(dir.resolve("b.yaml"), "extends: a.yaml\n");
    List<String> lines = run("a.yaml", "extends: b.yaml\nname: a\n");
    expectLine(lines, f("b.yaml") + ":1:10: extends: cycle of extends: a.yaml -> b.yaml -> a.yaml");
  }

  @Test
  void missingFile() throws IOException {
    List<String> lines = run("nowhere.yaml", null);
    assertEquals(List.of(f("nowhere.yaml") + ":1:1: no such file"), lines);
  }

  @Test
  void missingParentFile() throws IOException {
    List<String> lines = run("child.yaml", "extends: parent.yaml\n");
    expectLine(lines, f("child.yaml") + ":1:10: extends: " + f("parent.yaml") + ": no such file");
  }

  @Test
  void setWithAnUnknownPath() throws IOException {
    List<String> lines = run("ok.yaml", "name: ok\n", "--set", "municipality.discretio=0.3");
    expectLine(lines, "--set:1:1: municipality.discretio: unknown key; did you mean 'discretion'?");
  }

  @Test
  void setWithABadValue() throws IOException {
    List<String> lines = run("ok2.yaml", "name: ok\n", "--set", "volunteers.annualRetention=2");
    expectLine(lines, "--set:1:28: volunteers.annualRetention: 2 is out of range (allowed: 0 to 1)");
  }

  @Test
  void setOfAnEvent() throws IOException {
    List<String> lines = run("ok3.yaml", "name: ok\n", "--set", "events[0].at=3");
    expectLine(lines, "--set:1:1: events[0].at: events cannot be overridden by path");
  }

  @Test
  void duplicateKey() throws IOException {
    List<String> lines = run("dup.yaml", "seed: 1\nseed: 2\n");
    expectLine(lines, f("dup.yaml") + ":2:1: seed: duplicate key (first given on line 1)");
  }

  @Test
  void tagsThatWouldConstructClassesAreRejected() throws IOException {
    List<String> lines = run("tag.yaml", "name: !!javax.script.ScriptEngineManager [x]\n");
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(f("tag.yaml") + ":1:7:")
        && l.contains("tags")), err);
  }

  @Test
  void everyProblemIsReportedNotJustTheFirst() throws IOException {
    List<String> lines = run("many.yaml", "horizonWeeks: 0\nscale: -1\nmunicipality:\n  discretion: 7\n"
        + "volunteers:\n  availabilty: 0.5\n");
    assertEquals(4, lines.size(), err);
    assertTrue(lines.get(0).startsWith(f("many.yaml") + ":1:"), err);
    assertTrue(lines.get(3).startsWith(f("many.yaml") + ":6:3: volunteers.availabilty"), err);
  }
}
