package dev.mapsmith.labeling.store;

import dev.mapsmith.core.io.FileKind;
import dev.mapsmith.labeling.ProjectException;
import dev.mapsmith.labeling.ProjectInUseException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The writer's lock on a project: an OS lock on {@code <project>.lock}, which holds "PID n on HOST
 * h". The OS drops the lock when the process dies (even by kill -9), so a stale file never blocks.
 */
final class ProjectLock implements AutoCloseable {

  private final Path lockFile;
  private final FileChannel channel;
  private final FileLock lock;

  private ProjectLock(Path lockFile, FileChannel channel, FileLock lock) {
    this.lockFile = lockFile;
    this.channel = channel;
    this.lock = lock;
  }

  static Path lockFileOf(Path project) {
    return project.resolveSibling(project.getFileName() + ".lock");
  }

  static ProjectLock acquire(Path project) {
    Path lockFile = lockFileOf(project);
    String kind = FileKind.notRegular(lockFile, false);
    if (kind != null && !kind.equals("missing")) {
      throw new ProjectException(
          project,
          "lock file "
              + lockFile
              + " is "
              + kind
              + ", not a regular file; refusing to write through it (remove it if it is not yours)");
    }
    FileChannel ch;
    try {
      // no symbolic link is followed: a link planted after the check above fails to open
      ch =
          FileChannel.open(
              lockFile,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.READ,
              LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new ProjectException(
          project, "cannot create lock file " + lockFile + " (is the folder writable?): " + e, e);
    }
    FileLock lock;
    try {
      lock = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      close(ch);
      throw new ProjectException(project, "cannot lock " + lockFile + ": " + e.getMessage(), e);
    }
    if (lock == null) {
      String holder = holderOf(lockFile);
      close(ch);
      throw new ProjectInUseException(project, holder);
    }
    try {
      byte[] who = describeThisProcess().getBytes(StandardCharsets.UTF_8);
      ch.truncate(0);
      ch.write(ByteBuffer.wrap(who), 0);
      ch.force(false);
    } catch (IOException e) {
      close(ch);
      throw new ProjectException(project, "cannot write lock file " + lockFile + ": " + e, e);
    }
    return new ProjectLock(lockFile, ch, lock);
  }

  static String describeThisProcess() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = System.getenv().getOrDefault("HOSTNAME", "unknown-host");
    }
    return "PID " + ProcessHandle.current().pid() + " on HOST " + host;
  }

  private static String holderOf(Path lockFile) {
    try {
      byte[] head;
      try (java.io.InputStream in = Files.newInputStream(lockFile, LinkOption.NOFOLLOW_LINKS)) {
        head = in.readNBytes(200);
      }
      String s = new String(head, StandardCharsets.UTF_8).trim();
      return s.isEmpty() ? "another process" : s;
    } catch (IOException e) {
      return "another process";
    }
  }

  private static void close(FileChannel ch) {
    try {
      ch.close();
    } catch (IOException ignored) {
      // nothing more to release
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it too
    }
    // The file stays (deleting it would race with a process about to lock it); without a lock it
    // blocks nobody.
    close(channel);
  }
}
