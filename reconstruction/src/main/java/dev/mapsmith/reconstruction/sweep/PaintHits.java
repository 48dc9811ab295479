package dev.mapsmith.reconstruction.sweep;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** Groups bright ground points into hits: points linked by less than the link distance. */
final class PaintHits {

  private PaintHits() {}

  static List<PaintHit> of(SweepGround g, boolean[] bright, double link) {
    int m = 0;
    for (boolean b : bright) {
      m += b ? 1 : 0;
    }
    double[] u = new double[m], v = new double[m], z = new double[m], r = new double[m];
    int k = 0;
    for (int i = 0; i < g.size(); i++) {
      if (bright[i]) {
        u[k] = g.u()[i];
        v[k] = g.v()[i];
        z[k] = g.z()[i];
        r[k] = g.range()[i];
        k++;
      }
    }
    PointGrid grid = new PointGrid(u, v, m, link);
    int[] label = new int[m];
    java.util.Arrays.fill(label, -1);
    List<PaintHit> out = new ArrayList<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    List<Integer> members = new ArrayList<>();
    double link2 = link * link;
    for (int seed = 0; seed < m; seed++) {
      if (label[seed] >= 0) {
        continue;
      }
      members.clear();
      label[seed] = out.size();
      queue.add(seed);
      while (!queue.isEmpty()) {
        int p = queue.poll();
        members.add(p);
        grid.near(
            u[p],
            v[p],
            link,
            q -> {
              if (label[q] < 0) {
                double du = u[q] - u[p], dv = v[q] - v[p];
                if (du * du + dv * dv <= link2) {
                  label[q] = label[p];
                  queue.add(q);
                }
              }
            });
      }
      double[] hu = new double[members.size()], hv = new double[members.size()];
      double sz = 0, sr = 0;
      for (int i = 0; i < members.size(); i++) {
        int p = members.get(i);
        hu[i] = u[p];
        hv[i] = v[p];
        sz += z[p];
        sr += r[p];
      }
      out.add(new PaintHit(hu, hv, sz / members.size(), sr / members.size()));
    }
    return out;
  }
}
