package org.gapfill.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gapfill.model.CityModel;
import org.gapfill.model.Domain;
import org.gapfill.model.LoggedEvent;
import org.gapfill.model.agent.Cso;
import org.gapfill.model.agent.CsoStats;
import org.gapfill.model.agent.TieHolder;
import org.gapfill.model.metrics.MetricsRecorder;
import org.gapfill.model.network.ReferralNetwork;
import org.gapfill.model.network.Tie;

/**
 * What result writers need from one finished replicate, extracted so the model itself (its
 * migrants above all) can be garbage collected while other replicates still run.
 */
public final class ReplicateResult {
  /** A network node as result files name it; node ids index {@link #nodes()}. */
  public record Node(String label, String kind, String type) {
    /** Kind of a public service node. */
    public static final String PUBLIC = "public";
    /** Kind of a CSO node. */
    public static final String CSO = "cso";
  }

  /**
   * One CSO's figures for {@code csos.csv}: over the last simulated year, except the reserve's
   * coefficient of variation (whole run), its ties (at the end) and the week it closed (−1 if it
   * never did), as DESIGN §4 defines them.
   */
  public record CsoRow(String name, String type, double casesPerYear, double peoplePerYear,
      double referralsPerYear, double volunteerShare, double grantShare,
      double reserveCv, int publicTies, double orgTieShare,
      double utilisation, double placesUsed, int closedWeek) {
  }

  private final int replicate;
  private final long seed;
  private final MetricsRecorder recorder;
  private final List<LoggedEvent> events;
  private final List<CsoRow> csos;
  private final List<Node> nodes;

  private ReplicateResult(int replicate, long seed, MetricsRecorder recorder,
      List<LoggedEvent> events, List<CsoRow> csos, List<Node> nodes) {
    this.replicate = replicate;
    this.seed = seed;
    this.recorder = recorder;
    this.events = events;
    this.csos = csos;
    this.nodes = nodes;
  }

  /** Extracts the results of a model that has run to its end. */
  public static ReplicateResult of(int replicate, long seed, CityModel finished) {
    if (finished.recorder() == null || finished.recorder().weeks() == 0) {
      throw new IllegalArgumentException("replicate " + replicate + ": the model has not run");
    }
    List<CsoRow> rows = new ArrayList<>();
    for (Cso c : finished.csos()) {
      rows.add(csoRow(c, finished.network()));
    }
    return new ReplicateResult(replicate, seed, finished.recorder(),
        List.copyOf(finished.eventLog()), Collections.unmodifiableList(rows), nodes(finished));
  }

  private static CsoRow csoRow(Cso c, ReferralNetwork network) {
    CsoStats s = c.stats();
    int publicTies = 0;
    double strength = 0;
    double orgStrength = 0;
    for (Tie t : network.tiesOf(c.node())) {
      if (!t.alive()) {
        continue;
      }
      if (ReferralNetwork.isPublic(t.other(c.node()))) {
        publicTies++;
      }
      strength += t.strength();
      if (t.holder() == TieHolder.ORG) {
        orgStrength += t.strength();
      }
    }
    // 0 for a CSO without ties, as the model's own shares are 0 when nothing was measured.
    double orgTieShare = strength == 0 ? 0 : orgStrength / strength;
    return new CsoRow(c.name, c.type.word(), s.casesPerYear(), s.peoplePerYear(),
        s.referralsPerYear(), s.volunteerShareSinceMark(), s.grantShareSinceMark(),
        s.reserveCv(), publicTies, orgTieShare, s.utilisationSinceMark(),
        s.placesUsedSinceMark(), c.closedWeek());
  }

  /**
   * Public services are {@code public.<domain>}, CSOs their names. A name given twice (a CSO
   * founded again under an old name) gets " (2)", " (3)"… so that GraphML node ids stay unique.
   */
  private static List<Node> nodes(CityModel model) {
    List<Node> nodes = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (int d = 0; d < Domain.COUNT; d++) {
      String word = Domain.of(d).word();
      String label = "public." + word;
      taken.add(label);
      nodes.add(new Node(label, Node.PUBLIC, word));
    }
    for (Cso c : model.csos()) {
      String label = c.name;
      for (int k = 2; !taken.add(label); k++) {
        label = c.name + " (" + k + ")";
      }
      nodes.add(new Node(label, Node.CSO, c.type.word()));
    }
    return List.copyOf(nodes);
  }

  /** The replicate's 1-based index. */
  public int replicate() {
    return replicate;
  }

  /** The seed the replicate's model ran with. */
  public long seed() {
    return seed;
  }

  /** The finished recorder: one row of metrics per week, and the network snapshots. */
  public MetricsRecorder recorder() {
    return recorder;
  }

  /** The event log, in the order events happened. */
  public List<LoggedEvent> events() {
    return events;
  }

  /** One row per CSO, in the model's CSO order (founded later ones last). */
  public List<CsoRow> csos() {
    return csos;
  }

  /** Every network node the run ever had, indexed by node id. */
  public List<Node> nodes() {
    return nodes;
  }

  /** The node of a node id. */
  public Node node(int id) {
    return nodes.get(id);
  }
}
