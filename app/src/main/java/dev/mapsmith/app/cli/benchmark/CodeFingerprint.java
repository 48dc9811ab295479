package dev.mapsmith.app.cli.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A SHA-256 over the class files (names and bytes, not timestamps) of the jars or folders that hold
 * the given classes: it changes when their code changes and not when the same code is rebuilt.
 */
final class CodeFingerprint {

  private CodeFingerprint() {}

  static String of(Class<?>... classes) {
    MessageDigest sha = sha256();
    for (Class<?> c : classes) {
      try {
        Path where = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(where)) {
          folder(where, sha);
        } else {
          jar(where, sha);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (java.net.URISyntaxException | NullPointerException e) {
        sha.update(c.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void folder(Path root, MessageDigest sha) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files =
          s.filter(p -> p.toString().endsWith(".class"))
              .sorted(Comparator.comparing(p -> root.relativize(p).toString()))
              .toList();
    }
    for (Path f : files) {
      sha.update(root.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      sha.update(Files.readAllBytes(f));
    }
  }

  private static void jar(Path file, MessageDigest sha) throws IOException {
    try (JarFile jar = new JarFile(file.toFile())) {
      List<JarEntry> entries = new ArrayList<>();
      jar.stream().filter(e -> e.getName().endsWith(".class")).forEach(entries::add);
      entries.sort(Comparator.comparing(JarEntry::getName));
      for (JarEntry e : entries) {
        sha.update(e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream in = jar.getInputStream(e)) {
          sha.update(in.readAllBytes());
        }
      }
    }
  }
}
