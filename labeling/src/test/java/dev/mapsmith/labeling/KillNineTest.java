package dev.mapsmith.labeling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.map.Primitive;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments: a child JVM edits, the test kills it without warning, then checks that
 * the file is sound and holds every edit the child acknowledged.
 */
class KillNineTest {

  private static final int KILLS = 22;

  @TempDir Path dir;

  @Test
  void everyAcknowledgedEditSurvivesKillNine() throws Exception {
    Path file = dir.resolve("kill.mapsmith");
    long target;
    try (Project p = Project.create(file, new NamedLocalFrame("K"))) {
      target = p.insertAll(List.of(TestMaps.divider(0, -1, 1, 2)), "target").created().get(0);
    }
    Random random = new Random(42);
    Map<Long, Double> drawn = new HashMap<>();
    List<long[]> bulks = new ArrayList<>();
    double lastMove = 0;
    double x = 0;
    int totalAcks = 0;
    for (int round = 0; round < KILLS; round++) {
      Process child =
          new ProcessBuilder(
                  javaBin(),
                  "-XX:TieredStopAtLevel=1",
                  "-XX:+UseSerialGC",
                  "-cp",
                  System.getProperty("java.class.path"),
                  EditingChild.class.getName(),
                  file.toString(),
                  Long.toString(target),
                  Double.toString(x + 100_000.0 * (round + 1)))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      // a quarter of the rounds edit for 220-520 ms, longer than the background checkpoint's
      // period (Checkpointer.PERIOD_MS), so the kill can land while it copies the WAL
      boolean longRound = random.nextInt(4) == 0;
      int wantAcks = longRound || random.nextInt(4) == 0 ? 0 : random.nextInt(40);
      long delayMs = longRound ? 220 + random.nextInt(300) : random.nextInt(40);
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        assertThat(out.readLine()).as("child started, round " + round).isEqualTo("ready");
        long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMs);
        int acks = 0;
        while (acks < wantAcks || (wantAcks == 0 && System.nanoTime() < killAt)) {
          if (wantAcks == 0 && !out.ready()) {
            Thread.onSpinWait();
            continue;
          }
          String line = out.readLine();
          if (line == null) {
            break;
          }
          String[] f = line.split(" ");
          switch (f[0]) {
            case "draw" -> drawn.put(Long.parseLong(f[1]), Double.parseDouble(f[2]));
            case "move" -> lastMove = Double.parseDouble(f[2]);
            case "bulk" -> bulks.add(new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            default -> throw new AssertionError("unexpected child output: " + line);
          }
          acks++;
        }
        totalAcks += acks;
        child.destroyForcibly(); // SIGKILL on Linux
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
      }
      x = lastMove;
      try (Project p = Project.open(file)) {
        assertThat(p.integrityCheck()).as("integrity after kill " + round).isEqualTo("ok");
        for (Map.Entry<Long, Double> e : drawn.entrySet()) {
          Primitive prim = p.map().get(e.getKey()).orElse(null);
          assertThat(prim)
              .as("acknowledged draw " + e.getKey() + " after kill " + round)
              .isNotNull();
          assertThat(prim.geometry().x(0)).isEqualTo(e.getValue());
        }
        for (long[] bulk : bulks) {
          for (long id = bulk[0]; id < bulk[0] + bulk[1]; id++) {
            assertThat(p.map().get(id)).as("bulk id " + id + " after kill " + round).isPresent();
          }
        }
        double now = p.map().get(target).orElseThrow().geometry().x(0);
        assertThat(now)
            .as("acknowledged move after kill " + round)
            .isGreaterThanOrEqualTo(lastMove);
        lastMove = now;
      }
    }
    assertThat(totalAcks).as("the child acknowledged edits").isGreaterThan(KILLS);
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
