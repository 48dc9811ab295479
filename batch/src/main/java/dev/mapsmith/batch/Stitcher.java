package dev.mapsmith.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins the pieces of a line that tile edges cut: two cut ends of the same class from different
 * tiles within {@code joinM} of each other become one vertex (their midpoint), nearest pairs first,
 * and each chain of joined pieces becomes one piece. Attributes come from the longest piece of the
 * chain, {@code n_traversals} is the chain's largest and the confidence is length-weighted.
 */
final class Stitcher {

  private record End(int piece, boolean atEnd) {}

  private record Link(End a, End b, double distance) {}

  private Stitcher() {}

  static List<Piece> stitch(List<Piece> pieces, double joinM) {
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      for (int j = i + 1; j < pieces.size(); j++) {
        Piece a = pieces.get(i), b = pieces.get(j);
        if (a.tile() == b.tile() || !a.mapClass().equals(b.mapClass())) {
          continue;
        }
        for (boolean ae : new boolean[] {false, true}) {
          for (boolean be : new boolean[] {false, true}) {
            if ((ae ? a.cutEnd() : a.cutStart()) && (be ? b.cutEnd() : b.cutStart())) {
              double d = dist(end(a, ae), end(b, be));
              if (d <= joinM) {
                links.add(new Link(new End(i, ae), new End(j, be), d));
              }
            }
          }
        }
      }
    }
    links.sort(Comparator.comparingDouble(Link::distance));
    End[][] partner = new End[pieces.size()][2];
    for (Link l : links) {
      if (partner[l.a().piece()][l.a().atEnd() ? 1 : 0] == null
          && partner[l.b().piece()][l.b().atEnd() ? 1 : 0] == null) {
        partner[l.a().piece()][l.a().atEnd() ? 1 : 0] = l.b();
        partner[l.b().piece()][l.b().atEnd() ? 1 : 0] = l.a();
      }
    }
    boolean[] done = new boolean[pieces.size()];
    List<Piece> out = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < pieces.size(); i++) {
        // first pass: chains from a free end; second: what is left (closed loops)
        if (!done[i] && (pass == 1 || partner[i][0] == null || partner[i][1] == null)) {
          out.add(chain(pieces, partner, done, i));
        }
      }
    }
    return out;
  }

  /** Walks the chain that piece {@code first} starts (from its free end) and merges it. */
  private static Piece chain(List<Piece> pieces, End[][] partner, boolean[] done, int first) {
    boolean forward = partner[first][0] == null; // walk away from the free end
    List<double[]> parts = new ArrayList<>();
    List<Integer> members = new ArrayList<>();
    int cur = first;
    boolean curForward = forward;
    while (cur >= 0 && !done[cur]) {
      done[cur] = true;
      members.add(cur);
      double[] g = pieces.get(cur).xyz();
      parts.add(curForward ? g : reverse(g));
      End next = partner[cur][curForward ? 1 : 0];
      if (next == null) {
        break;
      }
      cur = next.piece();
      curForward = !next.atEnd(); // entered at its start: walk it forwards
    }
    return merge(pieces, members, parts);
  }

  private static Piece merge(List<Piece> pieces, List<Integer> members, List<double[]> parts) {
    List<Double> xyz = new ArrayList<>();
    for (double[] g : parts) {
      int from = 0;
      if (!xyz.isEmpty()) { // the joint: the midpoint of the two cut ends
        int n = xyz.size();
        for (int c = 0; c < 3; c++) {
          xyz.set(n - 3 + c, (xyz.get(n - 3 + c) + g[c]) / 2);
        }
        from = 3;
      }
      for (int i = from; i < g.length; i++) {
        xyz.add(g[i]);
      }
    }
    Piece longest = pieces.get(members.get(0));
    double total = 0, conf = 0;
    int traversals = 0;
    for (int m : members) {
      Piece p = pieces.get(m);
      total += p.length();
      conf += p.length() * p.confidence();
      traversals = Math.max(traversals, p.traversals());
      if (p.length() > longest.length()) {
        longest = p;
      }
    }
    double[] g = xyz.stream().mapToDouble(Double::doubleValue).toArray();
    Piece first = pieces.get(members.get(0));
    boolean cutStart = first.cutStart() && members.size() == 1;
    Piece merged =
        new Piece(
            longest.mapClass(),
            g,
            longest.attributes(),
            total > 0 ? conf / total : longest.confidence(),
            longest.method(),
            longest.version(),
            longest.parameters(),
            longest.drives(),
            first.tile(),
            cutStart,
            false);
    return members.size() == 1 ? first : merged.withAttribute("n_traversals", "" + traversals);
  }

  private static double[] end(Piece p, boolean atEnd) {
    double[] g = p.xyz();
    int i = atEnd ? g.length - 3 : 0;
    return new double[] {g[i], g[i + 1]};
  }

  private static double dist(double[] a, double[] b) {
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }

  static double[] reverse(double[] g) {
    double[] r = new double[g.length];
    int n = g.length / 3;
    for (int i = 0; i < n; i++) {
      System.arraycopy(g, 3 * (n - 1 - i), r, 3 * i, 3);
    }
    return r;
  }
}
