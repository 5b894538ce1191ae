package org.gapfill.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The report's CSV reader: quoted cells, empty cells, line endings. */
class CsvTest {
  @Test
  void quotedCellsKeepCommasQuotesAndLineBreaks() {
    Csv csv = Csv.parse("replicate,week,type,detail\r\n1,52,narrowEligibility,\"rejected [housing, "
        + "subsistence] -> \"\"excluded\"\"\"\n2,3,x,\"two\nlines\"\n");
    assertEquals(2, csv.size());
    assertEquals("rejected [housing, subsistence] -> \"excluded\"", csv.text(0, "detail"));
    assertEquals("two\nlines", csv.text(1, "detail"));
    assertEquals(52.0, csv.number(0, "week"));
  }

  @Test
  void emptyCellsAreNaNAndUnknownColumnsFail() {
    Csv csv = Csv.parse("a,b\n1,\n");
    assertTrue(Double.isNaN(csv.number(0, "b")));
    assertThrows(ReportException.class, () -> csv.text(0, "c"));
    assertThrows(ReportException.class, () -> Csv.parse("a\n\"open"));
  }

  @Test
  void htmlEscapesEverythingThatCouldOpenATagOrAttribute() {
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; &#39;y&#39; &amp;",
        Html.esc("<script>alert(1)</script> \"x\" 'y' &"));
  }

  @Test
  void estimateHasAStudentTInterval() {
    Estimate e = Estimate.of(new double[] {1, 2, 3});
    assertEquals(2.0, e.mean(), 1e-12);
    assertEquals(2 - 4.302652729749464 / Math.sqrt(3), e.ciLow(), 1e-9);
  }
}
