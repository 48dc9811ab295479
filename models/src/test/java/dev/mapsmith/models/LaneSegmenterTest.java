package dev.mapsmith.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.mapsmith.core.raster.BevChannel;
import dev.mapsmith.core.raster.BevGrid;
import dev.mapsmith.core.raster.BevRaster;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.core.training.LaneClass;
import dev.mapsmith.models.synthetic.SyntheticTiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaneSegmenterTest {

  @TempDir static Path tmp;
  static Path modelDir;

  @BeforeAll
  static void train() throws IOException {
    modelDir = TinyModels.trained(tmp).modelDir();
  }

  @Test
  void upsamplingByRepeatIsNearestNeighbour() {
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray x = m.create(new float[] {1, 2, 3, 4}, new ai.djl.ndarray.types.Shape(1, 1, 2, 2));
      float[] up = x.repeat(2, 2).repeat(3, 2).toFloatArray();
      assertThat(up).containsExactly(1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4);
    }
  }

  @Test
  void segmentsEveryPixelOfAnyTileSizeIntoKnownClasses() throws IOException {
    try (LaneSegmenter s = LaneSegmenter.load(modelDir)) {
      TrainingTile t = SyntheticTiles.generate(7, 64, 0.1);
      int[] classes = s.segment(t.chw(), 5, 64, 64);
      assertThat(classes).hasSize(64 * 64);
      assertThat(Arrays.stream(classes).allMatch(c -> c >= 0 && c < 6)).isTrue();
      // not a multiple of 16: padded inside, cropped back
      float[] odd = Arrays.copyOf(t.chw(), 5 * 37 * 50);
      assertThat(s.segment(odd, 5, 37, 50)).hasSize(37 * 50);
      assertThat(s.spec().classes()).isEqualTo(LaneClass.keys());
      assertThat(s.device()).isNotBlank();
    }
  }

  @Test
  void memoryStaysFlatOver1000Inferences() throws IOException {
    try (LaneSegmenter s = LaneSegmenter.load(modelDir)) {
      TrainingTile t = SyntheticTiles.generate(3, 64, 0.1);
      // Warm-up: the first calls touch fresh Java heap pages (the pom fixes a 32 MB young
      // generation for this); after that, RSS growth is native memory.
      for (int i = 0; i < 300; i++) {
        s.segment(t.chw(), 5, 64, 64);
      }
      long before = NativeMemory.residentBytes();
      int arraysBefore = NativeMemory.attachedArrays(s);
      for (int i = 0; i < 1000; i++) {
        s.segment(t.chw(), 5, 64, 64);
      }
      long growth = NativeMemory.residentBytes() - before;
      // a leaked 64x64 input + logits is ~180 KB per call, i.e. ~180 MB over 1000 calls
      assertThat(growth).isLessThan(40L << 20);
      assertThat(NativeMemory.attachedArrays(s)).isEqualTo(arraysBefore);
    }
  }

  @Test
  void wholeRasterOfAnySizeGetsOneKnownClassPerCell() throws IOException {
    // Stitching and row order are checked exactly in TiledSegmentationTest; here the real
    // network runs over a raster larger than one tile and not a multiple of it.
    int w = 300;
    int h = 200;
    BevGrid grid = new BevGrid(0, 0, 0.1, w, h);
    float[][] ch = new float[BevChannel.values().length][w * h];
    try (LaneSegmenter s = LaneSegmenter.load(modelDir)) {
      int[] out = s.segmentRaster(new BevRaster(grid, ch), ProgressMonitor.NONE);
      assertThat(out).hasSize(w * h);
      assertThat(Arrays.stream(out).allMatch(c -> c >= 0 && c < LaneClass.keys().size())).isTrue();
    }
  }

  @Test
  void missingOrBrokenModelGivesAClearError() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertThatThrownBy(() -> LaneSegmenter.load(empty))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("model.json");
    Path broken = Files.createDirectories(tmp.resolve("broken"));
    Files.copy(modelDir.resolve("model.json"), broken.resolve("model.json"));
    Files.write(broken.resolve("lane-unet-0000.params"), new byte[] {1, 2, 3});
    assertThatThrownBy(() -> LaneSegmenter.load(broken))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(broken.toString());
  }
}
