package dev.mapsmith.reconstruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.map.LinePattern;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.raster.BevGrid;
import java.util.List;
import org.junit.jupiter.api.Test;

class RasterVectorizerTest {

  private static final BevGrid GRID = new BevGrid(0, 0, 0.1, 600, 300);

  /** Paints cells of class k in the box [x0, x1) × [y0, y1), metres. */
  private static void box(byte[] r, int k, double x0, double y0, double x1, double y1) {
    for (int row = (int) Math.round(y0 / 0.1); row < Math.round(y1 / 0.1); row++) {
      for (int col = (int) Math.round(x0 / 0.1); col < Math.round(x1 / 0.1); col++) {
        r[row * GRID.width() + col] = (byte) k;
      }
    }
  }

  private static byte[] road() {
    byte[] r = new byte[GRID.cells()];
    box(r, RasterVectorizer.BOUNDARY, 0, 6, 60, 6.3);
    box(r, RasterVectorizer.SOLID_DIVIDER, 0, 10, 37, 10.2);
    for (double x = 0; x < 37; x += 9) {
      box(r, RasterVectorizer.DASHED_DIVIDER, x, 13.5, Math.min(37, x + 3), 13.7);
    }
    box(r, RasterVectorizer.STOP_LINE, 38, 6.5, 38.4, 13.4);
    box(r, RasterVectorizer.CROSSWALK, 40, 6.5, 44, 20);
    return r;
  }

  @Test
  void classRasterBecomesLinesCrossingAndStopLine() {
    List<Primitive> out =
        RasterVectorizer.vectorize(
            GRID, road(), null, ReconstructionConfig.defaults(), "learned", List.of("d1"));
    List<Primitive> dividers = of(out, MapClass.DIVIDER);
    assertThat(dividers).hasSize(2);
    Primitive solid =
        dividers.stream().filter(p -> Math.abs(p.geometry().y(0) - 10.1) < 0.15).findFirst().get();
    Primitive dashed =
        dividers.stream().filter(p -> Math.abs(p.geometry().y(0) - 13.6) < 0.15).findFirst().get();
    assertThat(solid.attributes().pattern()).contains(LinePattern.SOLID);
    assertThat(dashed.attributes().pattern()).contains(LinePattern.DASHED);
    assertThat(solid.geometry().bounds().width()).isGreaterThan(33);
    assertThat(of(out, MapClass.BOUNDARY)).hasSize(1);
    assertThat(of(out, MapClass.STOP_LINE))
        .singleElement()
        .satisfies(p -> assertThat(p.geometry().bounds().minX()).isBetween(37.9, 38.5));
    assertThat(of(out, MapClass.PED_CROSSING))
        .singleElement()
        .satisfies(p -> assertThat(p.geometry().bounds().width()).isBetween(3.5, 4.5));
    assertThat(out).allSatisfy(p -> assertThat(p.provenance().method()).isEqualTo("learned"));
  }

  @Test
  void emptyRasterGivesNothingAndWrongSizeIsRefused() {
    assertThat(
            RasterVectorizer.vectorize(
                GRID,
                new byte[GRID.cells()],
                null,
                ReconstructionConfig.defaults(),
                "x",
                List.of()))
        .isEmpty();
    assertThatThrownBy(
            () ->
                RasterVectorizer.vectorize(
                    GRID, new byte[10], null, ReconstructionConfig.defaults(), "x", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10 cells");
  }

  private static List<Primitive> of(List<Primitive> ps, MapClass c) {
    return ps.stream().filter(p -> p.mapClass() == c).toList();
  }
}
