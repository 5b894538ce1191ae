package org.gapfill.model.metrics;

import org.gapfill.model.Domain;
import org.gapfill.model.LegalStatus;
import org.gapfill.model.agent.Migrants;

/**
 * The need ledger (DESIGN §1.7): need units by domain and status, closed every week so that
 * {@code open[t-1] + arisen[t] = metPublic[t] + metReferred[t] + metCso[t] + dropped[t] + open[t]}
 * holds in every cell. Escalation adds units to an open need and is booked as arisen; a
 * migrant whose status changes carries its open needs from one status to another, booked as
 * dropped there and arisen here ({@link #transferred()} says how much, so totals can net it out).
 */
public final class Ledger implements java.io.Serializable {
  private static final int CELLS = LegalStatus.SIMULATED * Domain.COUNT;
  private static final int CRITICAL = 3;

  private final long[] openBefore = new long[CELLS];
  private final long[] arisen = new long[CELLS];
  private final long[] metPublic = new long[CELLS];
  private final long[] metReferred = new long[CELLS];
  private final long[] metCso = new long[CELLS];
  private final long[] dropped = new long[CELLS];
  private final long[] open = new long[CELLS];
  private final long[] critical = new long[CELLS];
  private long transferred;
  private long waitSum;
  private long openNeeds;

  private static int cell(int status, int domain) {
    return status * Domain.COUNT + domain;
  }

  public void arisen(int status, int domain, int units) {
    arisen[cell(status, domain)] += units;
  }

  public void metPublic(int status, int domain, int units) {
    metPublic[cell(status, domain)] += units;
  }

  public void metReferred(int status, int domain, int units) {
    metReferred[cell(status, domain)] += units;
  }

  public void metCso(int status, int domain, int units) {
    metCso[cell(status, domain)] += units;
  }

  public void dropped(int status, int domain, int units) {
    dropped[cell(status, domain)] += units;
  }

  /** A migrant's open need moves with it from one status to another. */
  public void transfer(int fromStatus, int toStatus, int domain, int units) {
    dropped[cell(fromStatus, domain)] += units;
    arisen[cell(toStatus, domain)] += units;
    transferred += units;
  }

  /** Counts the open needs of every migrant as the state the first week starts from. */
  public void open(Migrants migrants) {
    scan(migrants);
    System.arraycopy(open, 0, openBefore, 0, CELLS);
  }

  /**
   * Closes the week: counts open needs, keeps the flows for reading, and returns the
   * largest absolute imbalance over all cells (0 when the books balance).
   */
  public long close(Migrants migrants) {
    scan(migrants);
    long worst = 0;
    for (int c = 0; c < CELLS; c++) {
      long in = openBefore[c] + arisen[c];
      long out = metPublic[c] + metReferred[c] + metCso[c] + dropped[c] + open[c];
      worst = Math.max(worst, Math.abs(in - out));
    }
    return worst;
  }

  /** Starts a new week: this week's open needs become the opening balance, flows go to zero. */
  public void roll() {
    System.arraycopy(open, 0, openBefore, 0, CELLS);
    java.util.Arrays.fill(arisen, 0);
    java.util.Arrays.fill(metPublic, 0);
    java.util.Arrays.fill(metReferred, 0);
    java.util.Arrays.fill(metCso, 0);
    java.util.Arrays.fill(dropped, 0);
    transferred = 0;
  }

  private void scan(Migrants m) {
    java.util.Arrays.fill(open, 0);
    java.util.Arrays.fill(critical, 0);
    waitSum = 0;
    openNeeds = 0;
    int n = m.size();
    for (int i = 0; i < n; i++) {
      int s = m.statusIndex(i);
      for (int d = 0; d < Domain.COUNT; d++) {
        int sev = m.severity(i, d);
        if (sev > 0) {
          int c = cell(s, d);
          open[c] += Migrants.unitsOf(sev);
          if (sev == CRITICAL) {
            critical[c] += Migrants.unitsOf(sev);
          }
          waitSum += m.waitWeeks(i, d);
          openNeeds++;
        }
      }
    }
  }

  // --- reading a closed week, by cell or in total ---

  public long openBefore(int status, int domain) {
    return openBefore[cell(status, domain)];
  }

  public long arisen(int status, int domain) {
    return arisen[cell(status, domain)];
  }

  public long metPublic(int status, int domain) {
    return metPublic[cell(status, domain)];
  }

  public long metReferred(int status, int domain) {
    return metReferred[cell(status, domain)];
  }

  public long metCso(int status, int domain) {
    return metCso[cell(status, domain)];
  }

  public long dropped(int status, int domain) {
    return dropped[cell(status, domain)];
  }

  public long open(int status, int domain) {
    return open[cell(status, domain)];
  }

  /** Opening balance of the week, all cells. */
  public long openBeforeTotal() {
    return sum(openBefore);
  }

  public long transferred() {
    return transferred;
  }

  public long totalArisen() {
    return sum(arisen) - transferred;
  }

  public long totalMetPublic() {
    return sum(metPublic);
  }

  public long totalMetReferred() {
    return sum(metReferred);
  }

  public long totalMetCso() {
    return sum(metCso);
  }

  public long totalDropped() {
    return sum(dropped) - transferred;
  }

  public long totalOpen() {
    return sum(open);
  }

  public long totalCritical() {
    return sum(critical);
  }

  /** Mean weeks an open need has waited (0 when none is open). */
  public double meanWaitWeeks() {
    return openNeeds == 0 ? 0 : (double) waitSum / openNeeds;
  }

  private static long sum(long[] a) {
    long s = 0;
    for (long v : a) {
      s += v;
    }
    return s;
  }
}
