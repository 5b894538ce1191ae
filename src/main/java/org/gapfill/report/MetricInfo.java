package org.gapfill.report;

import java.util.List;
import java.util.Locale;

/** How the report names and formats a metric column for a reader who never ran a simulation. */
public record MetricInfo(String column, String label, Unit unit, String plain) {

  /** How a metric's numbers are written. */
  public enum Unit { SHARE, INDEX, COUNT, MONEY }

  /** The headline metrics of a run report, in the order they are shown. */
  public static final List<MetricInfo> HEADLINE = List.of(
      new MetricInfo("unmetNeed", "Unmet need", Unit.SHARE,
          "share of need still waiting, against need met in the last 4 weeks"),
      new MetricInfo("gapFillingLoad", "Gap-filling load", Unit.SHARE,
          "share of met need carried by CSOs' own parallel services"),
      new MetricInfo("referralSuccess", "Referral success", Unit.SHARE,
          "share of CSO attempts to bring a person into a public service that succeeded"),
      new MetricInfo("fragility", "Network fragility", Unit.INDEX,
          "0 = robust referral network reaching every public service, 1 = broken"),
      new MetricInfo("volunteerShare", "Volunteer share", Unit.SHARE,
          "share of CSO service hours given by volunteers"),
      new MetricInfo("emergencies", "Emergencies per week", Unit.COUNT,
          "critical health needs that ended in an emergency admission"),
      new MetricInfo("publicCost", "Public cost per week", Unit.MONEY,
          "grants, public service hours and emergency costs paid by the city"),
      new MetricInfo("unmetCritical", "Critical open need", Unit.COUNT,
          "open need units of the highest severity"),
      new MetricInfo("triageReach", "Triage reach", Unit.SHARE,
          "share of CSO–public service pairs joined by a referral path"),
      new MetricInfo("grantsPaid", "Grants paid per week", Unit.MONEY,
          "municipal grants to CSOs"));

  /** The number of headline metrics drawn as charts in every run report. */
  public static final int CHARTED = 7;

  /** The info of a column, or a plain default. */
  public static MetricInfo of(String column) {
    for (MetricInfo m : HEADLINE) {
      if (m.column.equals(column)) {
        return m;
      }
    }
    return new MetricInfo(column, column, Unit.INDEX, "");
  }

  /** A value as the reader sees it: shares in percent, money with separators. */
  public String format(double v) {
    if (!Double.isFinite(v)) {
      return "–";
    }
    return switch (unit) {
      case SHARE -> String.format(Locale.ROOT, "%.1f%%", 100 * v);
      case INDEX -> String.format(Locale.ROOT, "%.3f", v);
      case COUNT -> Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v)
          : String.format(Locale.ROOT, "%.2f", v);
      case MONEY -> String.format(Locale.ROOT, "%,.0f", v);
    };
  }

  /** A difference: shares in percentage points. */
  public String formatDiff(double v) {
    if (!Double.isFinite(v)) {
      return "–";
    }
    String sign = v > 0 ? "+" : v < 0 ? "−" : "";
    double a = Math.abs(v);
    return switch (unit) {
      case SHARE -> sign + String.format(Locale.ROOT, "%.1f points", 100 * a);
      default -> sign + format(a);
    };
  }

  /** "18.0% [17.1–19.0%]" or "18.0%" without an interval. */
  public String formatWithCi(Estimate e) {
    if (!e.hasInterval()) {
      return format(e.mean());
    }
    return format(e.mean()) + " [" + format(e.ciLow()) + " – " + format(e.ciHigh()) + "]";
  }
}
