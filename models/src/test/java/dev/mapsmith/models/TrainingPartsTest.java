package dev.mapsmith.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.mapsmith.models.synthetic.SyntheticTiles;
import dev.mapsmith.models.synthetic.TrainingSetWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingPartsTest {

  @TempDir Path tmp;

  @Test
  void augmentationMovesChannelsAndMaskTogether() {
    int n = 16;
    byte[] mask = new byte[n * n];
    float[] chw = new float[5 * n * n];
    Random r = new Random(1);
    for (int i = 0; i < n * n; i++) {
      mask[i] = (byte) r.nextInt(6);
      chw[2 * n * n + i] = mask[i]; // height channel is not jittered
    }
    TrainingTile tile = new TrainingTile("t", chw, mask, 5, n);
    for (int k = 0; k < 20; k++) {
      TrainingTile a = Augmentation.apply(tile, n, new Random(k));
      for (int i = 0; i < n * n; i++) {
        assertThat(a.chw()[2 * n * n + i]).isEqualTo(a.mask()[i]);
      }
      byte[] before = mask.clone();
      byte[] after = a.mask().clone();
      Arrays.sort(before);
      Arrays.sort(after);
      assertThat(after).isEqualTo(before);
    }
    assertThat(Augmentation.apply(tile, 8, new Random(3)).size()).isEqualTo(8);
  }

  /**
   * Train/inference parity: a crop cut mostly from paint is scaled against its whole tile's ground
   * (asphalt), as the tile would be at inference, not against its own bright majority.
   */
  @Test
  void aCropIsScaledAgainstItsWholeTilesGround() {
    int n = 96, crop = 32, plane = n * n;
    float[] chw = new float[5 * plane];
    byte[] mask = new byte[plane];
    for (int r = 0; r < n; r++) {
      for (int q = 0; q < n; q++) {
        int i = r * n + q;
        boolean paint = q >= 64; // a third of the tile: asphalt is its ground majority
        chw[i] = chw[plane + i] = paint ? 0.5f : 0.1f;
        chw[4 * plane + i] = 1f; // every cell saw points; flat ground (span, height 0)
        mask[i] = (byte) (paint ? 1 : 0);
      }
    }
    TrainingTile tile =
        new TrainingTile("t", chw, mask, 5, n, IntensityScale.groundLevel(chw, 5, n, n));
    int paintMajority = 0;
    for (int k = 0; k < 200; k++) {
      TrainingTile a = Augmentation.apply(tile, crop, new Random(k));
      float[] x = a.chw().clone();
      ModelInput.normalize(x, 5, crop, crop, IntensityScale.GROUND_RATIO, a.groundLevel());
      double asphalt = 0, paint = 0;
      int na = 0, np = 0;
      for (int i = 0; i < crop * crop; i++) {
        if (a.mask()[i] == 0) {
          asphalt += x[crop * crop + i];
          na++;
        } else {
          paint += x[crop * crop + i];
          np++;
        }
      }
      if (np > na && na > 0) {
        paintMajority++;
        assertThat(asphalt / na).as("asphalt in crop %d", k).isBetween(-0.1, 0.1);
        assertThat(paint / np).as("paint in crop %d", k).isGreaterThan(0.3);
      }
    }
    assertThat(paintMajority).as("crops mostly of paint").isGreaterThan(10);
  }

  @Test
  void smearAddsAShiftedSecondPassAndKeepsTheMask() {
    int n = 16, plane = n * n;
    float[] chw = new float[5 * plane];
    byte[] mask = new byte[plane];
    int centre = 8 * n + 8;
    chw[centre] = 1f; // one bright point: max intensity
    chw[plane + centre] = 0.8f;
    chw[4 * plane + centre] = 1f; // density
    mask[centre] = 1;
    TrainingTile tile = new TrainingTile("t", chw, mask, 5, n);
    TrainingTile s = Augmentation.smear(tile, new Random(7));
    assertThat(s.mask()).isEqualTo(mask);
    assertThat(s.chw()[centre]).isEqualTo(1f);
    int copies = 0;
    for (int i = 0; i < plane; i++) {
      if (s.chw()[4 * plane + i] > 0) {
        copies++;
        assertThat(s.chw()[i]).isEqualTo(1f);
        assertThat(s.chw()[plane + i]).isEqualTo(0.8f);
      }
    }
    assertThat(copies).isEqualTo(2);
    assertThat(tile.chw()[4 * plane]).isZero();
  }

  @Test
  void weightedCrossEntropyRewardsCorrectLogitsAndWeighsRareClasses() {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray label = m.create(new float[] {0, 0, 0, 1}, new Shape(1, 2, 2));
      NDArray right = m.create(new float[] {5, 5, 5, -5, -5, -5, -5, 5}, new Shape(1, 2, 2, 2));
      NDArray missLine = m.create(new float[] {5, 5, 5, 5, -5, -5, -5, -5}, new Shape(1, 2, 2, 2));
      float good =
          new WeightedCrossEntropy(new float[] {1, 1})
              .evaluate(new NDList(label), new NDList(right))
              .getFloat();
      float bad =
          new WeightedCrossEntropy(new float[] {1, 1})
              .evaluate(new NDList(label), new NDList(missLine))
              .getFloat();
      float badWeighted =
          new WeightedCrossEntropy(new float[] {1, 10})
              .evaluate(new NDList(label), new NDList(missLine))
              .getFloat();
      assertThat(good).isLessThan(0.01f);
      assertThat(bad).isGreaterThan(2f);
      assertThat(badWeighted).isGreaterThan(bad * 3);
    }
    float[] w = WeightedCrossEntropy.fromCounts(new long[] {10000, 100, 0, 1}, 20f);
    assertThat(w).containsExactly(1f, 10f, 1f, 20f);
  }

  @Test
  void confusionMatrixGivesIouPerClass() {
    ConfusionMatrix cm = new ConfusionMatrix(6);
    cm.add(new byte[] {0, 0, 1, 1}, new int[] {0, 1, 1, 1});
    SegmentationMetrics s = cm.metrics();
    assertThat(s.iou().get("background")).isEqualTo(0.5);
    assertThat(s.iou().get("solid_divider")).isEqualTo(2.0 / 3);
    assertThat(s.iou()).doesNotContainKey("crosswalk");
    assertThat(s.miou()).isEqualTo((0.5 + 2.0 / 3) / 2);
    assertThat(s.pixelAccuracy()).isEqualTo(0.75);
  }

  @Test
  void tilesWithinTheCacheBudgetAreReadFromDiskOnce() throws IOException {
    Path dir = tmp.resolve("cached");
    List<String> ids = new java.util.ArrayList<>();
    for (int seed = 1; seed <= 3; seed++) {
      TrainingTile t = SyntheticTiles.generate(seed, 32, 0.1);
      TrainingSetWriter.writeTile(dir, t);
      ids.add(t.id());
    }
    TrainingSetWriter.writeManifest(dir, 32, 0.1, ids, List.of(ids.get(0)), "test");
    TrainingSet set = TrainingSet.open(dir);
    long tileBytes = 4L * 5 * 32 * 32 + 32 * 32;
    TileCache all = new TileCache(set, 3 * tileBytes);
    TileCache two = new TileCache(set, 2 * tileBytes);
    for (int round = 0; round < 4; round++) {
      for (String id : ids) {
        all.get(id);
        two.get(id);
      }
    }
    assertThat(all.reads()).isEqualTo(3);
    assertThat(two.reads()).isEqualTo(2 + 4);
    assertThat(all.get(ids.get(1)).groundLevel()).isFinite();
  }

  @Test
  void trainingSetRoundTripsAndReportsBadFilesByName() throws IOException {
    Path dir = tmp.resolve("set");
    TrainingTile t = SyntheticTiles.generate(5, 32, 0.1);
    TrainingSetWriter.writeTile(dir, t);
    TrainingSetWriter.writeManifest(dir, 32, 0.1, List.of(t.id()), List.of(t.id()), "test");
    TrainingSet set = TrainingSet.open(dir);
    TrainingTile back = set.read(t.id());
    assertThat(back.chw()).isEqualTo(t.chw());
    assertThat(back.mask()).isEqualTo(LabelBands.widen(t.mask(), 32));

    Path f32 = dir.resolve("tiles").resolve(t.id() + ".f32");
    byte[] bytes = Files.readAllBytes(f32);
    Files.write(f32, Arrays.copyOf(bytes, bytes.length - 7));
    assertThatThrownBy(() -> set.read(t.id()))
        .hasMessageContaining(f32.toString())
        .hasMessageContaining("bytes");

    TrainingTile badMask = new TrainingTile("bad", t.chw(), t.mask().clone(), 5, 32);
    badMask.mask()[3 * 32 + 2] = 9;
    TrainingSetWriter.writeTile(dir, badMask);
    assertThatThrownBy(() -> set.read("bad"))
        .hasMessageContaining("bad.mask.png")
        .hasMessageContaining("(2, 3)");

    Files.writeString(dir.resolve("manifest.json"), "{\"format\":\"other\"}");
    assertThatThrownBy(() -> TrainingSet.open(dir)).hasMessageContaining("manifest.json");
  }
}
