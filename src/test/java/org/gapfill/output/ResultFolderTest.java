package org.gapfill.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFolderTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2024, 3, 5, 14, 7, 9);

  @TempDir
  Path tmp;

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void defaultNameIsSlugThenTimeStampThenSeed() {
    try (ResultFolder f = ResultFolder.create(null, tmp, "Vienna 2015: Baseline!", 42, NOW)) {
      assertEquals(tmp.resolve("vienna-2015-baseline").resolve("20240305-140709-42"), f.path());
    }
  }

  @Test
  void slugsAreLowercaseAsciiWithRunsCollapsed() {
    assertEquals("bern-zurich-sans-papiers", ResultFolder.slug("  Bern/Zürich -- Sans-Papiers "));
    assertEquals("scenario", ResultFolder.slug("???"));
  }

  @Test
  void twoFoldersInTheSameSecondGetDifferentNames() throws IOException {
    try (ResultFolder a = ResultFolder.create(null, tmp, "s", 1, NOW);
        ResultFolder b = ResultFolder.create(null, tmp, "s", 1, NOW)) {
      assertNotEquals(a.path(), b.path());
      assertEquals("20240305-140709-2-1", b.path().getFileName().toString());
      a.writeText("x.txt", "a");
      b.writeText("x.txt", "b");
      a.commit();
      b.commit();
      assertEquals("a", Files.readString(a.path().resolve("x.txt")));
      assertEquals("b", Files.readString(b.path().resolve("x.txt")));
    }
    try (ResultFolder c = ResultFolder.create(null, tmp, "s", 1, NOW)) {
      assertEquals("20240305-140709-3-1", c.path().getFileName().toString());
    }
  }

  @Test
  void commitMakesTheFolderAppearWithAllFiles() throws IOException {
    ResultFolder f = ResultFolder.create(null, tmp, "s", 7, NOW);
    f.writeText("a.csv", "x\n1\n");
    f.writeText("network/replicate-02/week-0000.graphml", "<graphml/>\n");
    assertEquals(List.of(), names(f.path()), "nothing is visible before commit");
    f.commit();
    assertEquals(List.of("a.csv", "network"), names(f.path()));
    assertEquals("<graphml/>\n", Files.readString(
        f.path().resolve("network/replicate-02/week-0000.graphml"), StandardCharsets.UTF_8));
    assertEquals(List.of(f.path().getFileName().toString()), names(f.path().getParent()),
        "no staging or temporary files are left next to it");
    f.close();
    assertTrue(Files.exists(f.path().resolve("a.csv")), "close after commit keeps the folder");
  }

  @Test
  void abandonLeavesNothingBehind() throws IOException {
    Path parent;
    try (ResultFolder f = ResultFolder.create(null, tmp, "s", 7, NOW)) {
      f.writeText("sub/a.csv", "x\n");
      parent = f.path().getParent();
      assertFalse(names(parent).isEmpty());
    }
    assertEquals(List.of(), names(parent));
  }

  @Test
  void outMayBeNewOrAnEmptyDirectory() throws IOException {
    Path fresh = tmp.resolve("deep/new");
    try (ResultFolder f = ResultFolder.create(fresh, tmp.resolve("unused"), "s", 1, NOW)) {
      assertEquals(fresh, f.path());
      f.writeText("a.txt", "1");
      f.commit();
    }
    assertEquals(List.of("a.txt"), names(fresh));
    Path empty = Files.createDirectory(tmp.resolve("empty"));
    try (ResultFolder f = ResultFolder.create(empty, tmp, "s", 1, NOW)) {
      f.writeText("b.txt", "2");
      f.commit();
    }
    assertEquals(List.of("b.txt"), names(empty));
    assertFalse(Files.exists(tmp.resolve("unused")), "the results root is not used with --out");
  }

  @Test
  void abandoningAnEmptyOutDirectoryKeepsIt() throws IOException {
    Path empty = Files.createDirectory(tmp.resolve("mine"));
    try (ResultFolder f = ResultFolder.create(empty, tmp, "s", 1, NOW)) {
      f.writeText("b.txt", "2");
    }
    assertTrue(Files.isDirectory(empty));
    assertEquals(List.of("mine"), names(tmp));
  }

  @Test
  void outThatIsNotEmptyIsRejectedInOneLine() throws IOException {
    Path full = Files.createDirectories(tmp.resolve("x"));
    Files.writeString(full.resolve("old.csv"), "keep me");
    OutputException e = assertThrows(OutputException.class,
        () -> ResultFolder.create(full, tmp, "s", 1, NOW));
    assertEquals("--out " + full + ": exists and is not empty", e.getMessage());
    assertEquals("keep me", Files.readString(full.resolve("old.csv")));
    assertEquals(List.of("x"), names(tmp), "nothing staged");
  }

  @Test
  void outThatIsAFileIsRejected() throws IOException {
    Path file = Files.writeString(tmp.resolve("f"), "");
    OutputException e = assertThrows(OutputException.class,
        () -> ResultFolder.create(file, tmp, "s", 1, NOW));
    assertEquals("--out " + file + ": exists and is not a directory", e.getMessage());
  }

  @Test
  void outUnderAFileGivesOneLine() throws IOException {
    Path file = Files.writeString(tmp.resolve("f"), "");
    Path out = file.resolve("results");
    OutputException e = assertThrows(OutputException.class,
        () -> ResultFolder.create(out, tmp, "s", 1, NOW));
    assertTrue(e.getMessage().startsWith("--out " + out + ": cannot create: "), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void pathsOutsideTheFolderAreRefusedAndClosedFoldersWriteNothing() {
    ResultFolder f = ResultFolder.create(null, tmp, "s", 1, NOW);
    assertThrows(IllegalArgumentException.class, () -> f.writeText("../escape.txt", "x"));
    assertFalse(Files.exists(f.path().getParent().resolve("escape.txt")));
    f.abandon();
    assertThrows(IllegalStateException.class, () -> f.writeText("a.txt", "x"));
    assertThrows(IllegalStateException.class, f::commit);
  }

  @Test
  void rewritingAFileReplacesIt() throws IOException {
    try (ResultFolder f = ResultFolder.create(null, tmp, "s", 1, NOW)) {
      f.writeText("a.txt", "first, longer text");
      f.writeText("a.txt", "second");
      f.commit();
      assertEquals("second", Files.readString(f.path().resolve("a.txt")));
      assertEquals(List.of("a.txt"), names(f.path()));
    }
  }
}
