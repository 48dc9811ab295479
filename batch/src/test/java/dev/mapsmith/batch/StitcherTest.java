package dev.mapsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StitcherTest {

  private static final double[][] LEFT = {{0, 0}, {50, 0}, {50, 50}, {0, 50}};
  private static final double[][] RIGHT = {{50, 0}, {100, 0}, {100, 50}, {50, 50}};

  private static Piece piece(String cls, double[] xyz, long tile, boolean cs, boolean ce) {
    return new Piece(
        cls, xyz, Map.of("n_traversals", "2"), 0.8, "m", "v", "{}", List.of(), tile, cs, ce);
  }

  private static List<Piece> cut(String cls, double[] line) {
    List<Piece> out = new ArrayList<>();
    for (ConvexClip.Part p : ConvexClip.clip(line, LEFT)) {
      out.add(piece(cls, p.xyz(), 1, p.cutStart(), p.cutEnd()));
    }
    for (ConvexClip.Part p : ConvexClip.clip(line, RIGHT)) {
      out.add(piece(cls, p.xyz(), 2, p.cutStart(), p.cutEnd()));
    }
    return out;
  }

  @Test
  void aLineCrossingATileEdgeComesOutAsOneLine() {
    double[] line = {10, 20, 0, 45, 21, 0, 70, 22, 1};
    List<Piece> pieces = cut("divider", line);
    assertThat(pieces).hasSize(2);

    List<Piece> stitched = Stitcher.stitch(pieces, 1.0);

    assertThat(stitched).hasSize(1);
    double[] g = stitched.get(0).xyz();
    assertThat(g[0]).isEqualTo(10);
    assertThat(g[g.length - 3]).isEqualTo(70);
    // no gap and no overlap: the same length as the line before it was cut
    assertThat(stitched.get(0).length()).isCloseTo(ConvexClip.length(line), within());
  }

  @Test
  void piecesReconstructedInOppositeDirectionsAreJoinedToo() {
    double[] line = {10, 20, 0, 90, 20, 0};
    List<Piece> pieces = cut("divider", line);
    Piece right = pieces.get(1);
    pieces.set(
        1, right.withGeometry(Stitcher.reverse(right.xyz()), right.cutEnd(), right.cutStart()));

    List<Piece> stitched = Stitcher.stitch(pieces, 1.0);

    assertThat(stitched).hasSize(1);
    assertThat(stitched.get(0).length()).isCloseTo(80, within());
  }

  @Test
  void linesOfOtherClassesOrFarApartStayApart() {
    List<Piece> pieces = new ArrayList<>(cut("divider", new double[] {10, 20, 0, 90, 20, 0}));
    pieces.addAll(cut("boundary", new double[] {10, 21, 0, 90, 21, 0}));
    pieces.addAll(cut("divider", new double[] {10, 40, 0, 49, 40, 0, 51, 44, 0, 90, 44, 0}));

    List<Piece> stitched = Stitcher.stitch(pieces, 1.0);

    // each of the three lines joined once: never a divider to a boundary
    assertThat(stitched).hasSize(3);
    assertThat(stitched.stream().map(Piece::mapClass).sorted())
        .containsExactly("boundary", "divider", "divider");
  }

  @Test
  void anUncutEndIsNeverJoined() {
    Piece a = piece("divider", new double[] {0, 0, 0, 50, 0, 0}, 1, false, false);
    Piece b = piece("divider", new double[] {50.2, 0, 0, 90, 0, 0}, 2, false, false);
    assertThat(Stitcher.stitch(List.of(a, b), 1.0)).hasSize(2);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
