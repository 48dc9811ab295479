package dev.mapsmith.core.geom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EndJoinTest {

  private static List<Point3> line(double... xy) {
    Point3[] p = new Point3[xy.length / 2];
    for (int i = 0; i < p.length; i++) {
      p[i] = new Point3(xy[2 * i], xy[2 * i + 1], 0);
    }
    return List.of(p);
  }

  @Test
  void linesThatContinueEachOtherBecomeOneRunningTheSeedsWay() {
    // pieces given out of order and one of them reversed
    List<List<Point3>> pieces = List.of(line(10, 0, 20, 0), line(10, 0, 0, 0), line(20, 0, 30, 0));
    List<EndJoin.Chain> chains = EndJoin.chains(pieces, (a, b) -> true);
    assertThat(chains).hasSize(1);
    EndJoin.Chain c = chains.get(0);
    assertThat(c.seed()).isEqualTo(0);
    assertThat(c.points()).containsExactlyElementsOf(line(0, 0, 10, 0, 20, 0, 30, 0));
    assertThat(c.members()).containsExactly(1, 0, 2);
  }

  @Test
  void aJunctionWhereThreeEndsMeetStaysSplit() {
    List<List<Point3>> y = List.of(line(0, 0, 10, 0), line(10, 0, 20, 5), line(10, 0, 20, -5));
    assertThat(EndJoin.chains(y, (a, b) -> true)).hasSize(3);
  }

  @Test
  void aRefusedPairIsNotJoined() {
    List<List<Point3>> two = List.of(line(0, 0, 10, 0), line(10, 0, 20, 0));
    assertThat(EndJoin.chains(two, (a, b) -> false)).hasSize(2);
  }

  @Test
  void aClosedLoopIsOneChainAndEndsWhereItStarted() {
    List<List<Point3>> ring = List.of(line(0, 0, 10, 0, 10, 10), line(10, 10, 0, 10, 0, 0));
    List<EndJoin.Chain> chains = EndJoin.chains(ring, (a, b) -> true);
    assertThat(chains).hasSize(1);
    assertThat(chains.get(0).points()).hasSize(5);
    assertThat(chains.get(0).points().get(0)).isEqualTo(chains.get(0).points().get(4));
  }

  @Test
  void theShapeKeyIgnoresDirectionAndSubCentimetreNoise() {
    assertThat(EndJoin.shapeKey(line(0, 0, 5, 1)))
        .isEqualTo(EndJoin.shapeKey(line(5.001, 1, 0, 0.002)))
        .isNotEqualTo(EndJoin.shapeKey(line(0, 0, 5, 1.5)));
  }
}
