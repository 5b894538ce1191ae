package org.gapfill.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A result folder being written (DESIGN §4). Files go into a hidden staging directory next to
 * the final one, each to a temporary name first; {@link #commit()} renames the whole staging
 * directory into place at once, so a crash never leaves a half-written folder that looks whole.
 * A folder closed without commit is abandoned (its staging directory deleted).
 *
 * <pre>
 *   try (ResultFolder folder = ResultFolder.create(null, Path.of("results"), name, seed, now)) {
 *     folder.writeText("scenario.yaml", yaml);
 *     folder.commit();
 *   }
 * </pre>
 */
public final class ResultFolder implements AutoCloseable {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

  /** The final path as the caller gave it (relative if resultsRoot or out was). */
  private final Path shownPath;
  private final Path finalPath;
  private final Path staging;
  /** The empty final directory this folder created to reserve its name, or null. */
  private final Path reservation;
  private final String shownName;
  private boolean finished;

  private ResultFolder(Path shownPath, Path finalPath, Path staging, Path reservation,
      String shownName) {
    this.shownPath = shownPath;
    this.finalPath = finalPath;
    this.staging = staging;
    this.reservation = reservation;
    this.shownName = shownName;
  }

  /**
   * Starts a result folder.
   *
   * @param out the folder asked for with {@code --out} (it must not exist, or be an empty
   *     directory), or null for {@code resultsRoot/<scenario slug>/<yyyyMMdd-HHmmss>-<seed>/},
   *     where {@code -2}, {@code -3}… follow the time stamp when that name is taken
   * @throws OutputException when the folder cannot be created
   */
  public static ResultFolder create(Path out, Path resultsRoot, String scenarioName, long seed,
      LocalDateTime now) {
    return out != null ? createAt(out) : createDefault(resultsRoot, scenarioName, seed, now);
  }

  private static ResultFolder createAt(Path out) {
    String shown = "--out " + out;
    Path target = out.toAbsolutePath().normalize();
    if (Files.exists(target)) {
      if (!Files.isDirectory(target)) {
        throw new OutputException(shown + ": exists and is not a directory");
      }
      if (!isEmptyDirectory(target, shown)) {
        throw new OutputException(shown + ": exists and is not empty");
      }
      // The user's own empty directory: kept on abandon, replaced by the staging one on commit.
      return stageNextTo(out, target, null, shown);
    }
    createDirectories(target.getParent(), shown);
    try {
      Files.createDirectory(target);
    } catch (FileAlreadyExistsException e) {
      throw new OutputException(shown + ": was created by someone else meanwhile");
    } catch (IOException e) {
      throw new OutputException(shown + ": cannot create: " + reason(e), e);
    }
    return stageNextTo(out, target, target, shown);
  }

  /**
   * The default folder. Its name is reserved by creating it empty at once (atomic on every file
   * system), so two runs started in the same second, even in two processes, never share it.
   */
  private static ResultFolder createDefault(Path resultsRoot, String scenarioName, long seed,
      LocalDateTime now) {
    Path parent = resultsRoot.resolve(slug(scenarioName));
    String shown = parent.toString();
    createDirectories(parent.toAbsolutePath().normalize(), shown);
    String stamp = STAMP.format(now);
    for (int k = 1; ; k++) {
      String name = stamp + (k == 1 ? "" : "-" + k) + "-" + seed;
      Path target = parent.resolve(name).toAbsolutePath().normalize();
      try {
        Files.createDirectory(target);
        Path path = parent.resolve(name);
        return stageNextTo(path, target, target, path.toString());
      } catch (FileAlreadyExistsException e) {
        continue;
      } catch (IOException e) {
        throw new OutputException(shown + ": cannot create a result folder: " + reason(e), e);
      }
    }
  }

  private static ResultFolder stageNextTo(Path path, Path target, Path reservation,
      String shown) {
    String prefix = "." + target.getFileName() + ".partial-";
    try {
      Path staging = Files.createDirectory(target.resolveSibling(
          prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)));
      return new ResultFolder(path, target, staging, reservation, shown);
    } catch (IOException e) {
      deleteQuietly(reservation);
      throw new OutputException(shown + ": cannot create a staging directory next to it: "
          + reason(e), e);
    }
  }

  private static void createDirectories(Path dir, String shown) {
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      throw new OutputException(shown + ": cannot create: " + e.getFile() + " is not a directory");
    } catch (IOException e) {
      throw new OutputException(shown + ": cannot create: " + reason(e), e);
    }
  }

  /** The folder name of a scenario: lowercase ASCII letters and digits, runs of others as '-'. */
  public static String slug(String scenarioName) {
    String plain = Normalizer.normalize(scenarioName == null ? "" : scenarioName,
        Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "scenario" : slug;
  }

  /** The path the folder has once committed, as given (relative when resultsRoot or out was). */
  public Path path() {
    return shownPath;
  }

  /**
   * Writes a UTF-8 text file at a path relative to the folder, creating subdirectories. The
   * file is written under a temporary name and renamed, so it is never seen half-written.
   */
  public void writeText(String relativePath, String content) {
    checkOpen();
    Path file = staging.resolve(relativePath).normalize();
    if (!file.startsWith(staging) || file.equals(staging)) {
      throw new IllegalArgumentException("not a path inside the result folder: " + relativePath);
    }
    Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(temp, content, StandardCharsets.UTF_8);
      move(temp, file);
    } catch (IOException e) {
      throw new OutputException(shownName + ": cannot write " + relativePath + ": " + reason(e), e);
    }
  }

  /** Moves the finished folder into place. */
  public void commit() {
    checkOpen();
    try {
      move(staging, finalPath);
    } catch (IOException e) {
      throw new OutputException(shownName + ": cannot move the results into place: "
          + reason(e), e);
    }
    finished = true;
  }

  /** Deletes everything written so far (and the reserved empty folder); idempotent. */
  public void abandon() {
    if (finished) {
      return;
    }
    finished = true;
    deleteTree(staging);
    deleteQuietly(reservation);
  }

  /** Abandons the folder unless it was committed. */
  @Override
  public void close() {
    abandon();
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException(shownName + ": the folder is already committed or abandoned");
    }
  }

  /**
   * An atomic rename, which also replaces an empty directory (our reservation); where the file
   * system refuses that, the empty target is deleted and a plain move done.
   */
  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (FileSystemException e) {
      if (!Files.isDirectory(to) || !isEmptyDirectory(to, to.toString())) {
        throw e;
      }
      Files.delete(to);
      Files.move(from, to);
    }
  }

  private static boolean isEmptyDirectory(Path dir, String shown) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    } catch (IOException e) {
      throw new OutputException(shown + ": cannot read: " + reason(e), e);
    }
  }

  private static void deleteQuietly(Path empty) {
    if (empty == null) {
      return;
    }
    try {
      Files.deleteIfExists(empty);
    } catch (IOException e) {
      // Left behind: an empty folder does not look like a complete result.
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(ResultFolder::deleteQuietly);
    } catch (IOException e) {
      // The staging directory is hidden and named ".partial": it never passes for a result.
    }
  }

  /** The one-line reason of an I/O failure. */
  static String reason(IOException e) {
    String why;
    if (e instanceof AccessDeniedException) {
      why = "permission denied";
    } else if (e instanceof NoSuchFileException) {
      why = "no such file or directory";
    } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      why = ((FileSystemException) e).getReason();
    } else {
      why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return why.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }
}
