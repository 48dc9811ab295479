package dev.mapsmith.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The one way Mapsmith writes an output file or folder: into a temporary entry that the tool
 * creates itself beside the target (a unique name, {@code CREATE_NEW}, no symbolic link followed),
 * then an atomic rename onto the target. A planted {@code OUT.part} entry or symbolic link is never
 * written through, a target that is a directory, symbolic link or special file (FIFO, device) is
 * refused before anything is written, nothing the tool did not create is deleted, and a failure
 * leaves no temporary entry behind. Errors name the target file.
 */
public final class AtomicOutput {

  /** Writes the content of one file. */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicOutput() {}

  /** Writes {@code target} from {@code content}; replaces an existing regular file. */
  public static void write(Path target, Content content) throws IOException {
    try (Pending p = begin(target)) {
      try {
        content.writeTo(p.stream());
      } catch (IOException e) {
        throw named(p.target, e);
      }
      p.commit();
    }
  }

  /**
   * Starts writing {@code target} for a writer that streams over several calls: write to {@link
   * Pending#stream()}, then {@link Pending#commit()}; closing without committing deletes the
   * temporary file and leaves {@code target} as it was.
   */
  public static Pending begin(Path target) throws IOException {
    Path abs = target.toAbsolutePath();
    requireReplaceable(abs, false);
    Path temp = tempName(abs);
    try {
      return new Pending(
          abs,
          temp,
          Channels.newOutputStream(
              Files.newByteChannel(
                  temp,
                  StandardOpenOption.CREATE_NEW,
                  StandardOpenOption.WRITE,
                  LinkOption.NOFOLLOW_LINKS)));
    } catch (IOException e) {
      throw named(abs, e);
    }
  }

  /** An output being written into its temporary file (see {@link #begin}). */
  public static final class Pending implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean done;

    private Pending(Path target, Path temp, OutputStream out) {
      this.target = target;
      this.temp = temp;
      this.out = out;
    }

    /** The temporary file's stream (unbuffered: wrap it for small writes). */
    public OutputStream stream() {
      return out;
    }

    /** Closes the stream and moves the temporary file onto the target. */
    public void commit() throws IOException {
      try {
        out.close();
        move(temp, target);
        done = true;
      } catch (IOException e) {
        throw named(target, e);
      }
    }

    /** Without {@link #commit()}: deletes the temporary file; the target is untouched. */
    @Override
    public void close() {
      if (!done) {
        try {
          out.close();
        } catch (IOException ignored) {
          // discarding anyway
        }
        deleteQuietly(temp);
        done = true;
      }
    }
  }

  /** Writes {@code text} as UTF-8 to {@code target}. */
  public static void writeString(Path target, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    write(target, out -> out.write(bytes));
  }

  /**
   * A new, empty temporary folder beside {@code target} for {@link #commitDirectory}; {@code
   * target} must not exist or be an empty folder (not a link).
   */
  public static Path newDirectory(Path target) throws IOException {
    Path abs = target.toAbsolutePath();
    requireReplaceable(abs, true);
    Path temp = tempName(abs);
    try {
      Files.createDirectory(temp);
    } catch (IOException e) {
      throw named(abs, e);
    }
    return temp;
  }

  /** Moves a folder made by {@link #newDirectory} onto {@code target}. */
  public static void commitDirectory(Path temp, Path target) throws IOException {
    Path abs = target.toAbsolutePath();
    try {
      requireReplaceable(abs, true);
      if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(abs); // empty: checked above; fails rather than deleting a user's file
      }
      move(temp, abs);
    } catch (IOException e) {
      discardDirectory(temp);
      throw named(abs, e);
    }
  }

  /** Deletes a folder made by {@link #newDirectory} and everything in it (links, not targets). */
  public static void discardDirectory(Path temp) {
    if (!Files.isDirectory(temp, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(temp)) {
      walk.sorted(Comparator.reverseOrder()).forEach(AtomicOutput::deleteQuietly);
    } catch (IOException | java.io.UncheckedIOException ignored) {
      // best effort: only the tool's own temporary folder is ever walked
    }
  }

  /**
   * Fails unless {@code target} could be written by {@link #write}: its folder exists and it is
   * missing or a regular file. Lets a writer of several files check them all before the first.
   */
  public static void checkTarget(Path target) throws IOException {
    requireReplaceable(target.toAbsolutePath(), false);
  }

  /** Fails unless {@code target} is missing, a regular file, or (for folders) an empty folder. */
  private static void requireReplaceable(Path target, boolean directory) throws IOException {
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new IOException(target + ": the folder " + parent + " does not exist");
    }
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    String kind = FileKind.notRegular(target, false);
    if (directory && "a directory".equals(kind)) {
      try (Stream<Path> s = Files.list(target)) {
        if (s.findAny().isPresent()) {
          throw new IOException(target + ": output folder exists and is not empty");
        }
      }
      return;
    }
    if (directory && kind == null) {
      throw new IOException(
          target + ": exists and is a file, not a folder; refusing to replace it");
    }
    if (kind != null) {
      throw new IOException(
          target + ": exists and is " + kind + ", not a regular file; refusing to write there");
    }
  }

  private static Path tempName(Path target) {
    return target.resolveSibling(
        "." + target.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".part");
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** An error that names the target and says why, e.g. "No space left on device". */
  public static IOException named(Path target, IOException e) {
    if (e.getMessage() != null && e.getMessage().startsWith(target.toString())) {
      return e;
    }
    String why =
        e instanceof FileSystemException fs && fs.getReason() != null
            ? fs.getReason()
            : String.valueOf(e.getMessage());
    return new IOException(target + ": cannot write (" + why + ")", e);
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // best effort on the tool's own temporary entry
    }
  }
}
