package org.gapfill.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
  @Test
  void integralDoublesHaveNoDecimalPoint() {
    assertEquals("3", CsvWriter.number(3.0));
    assertEquals("-42", CsvWriter.number(-42.0));
    assertEquals("0", CsvWriter.number(-0.0));
    assertEquals("999999999999999", CsvWriter.number(999_999_999_999_999.0));
  }

  @Test
  void otherDoublesUseTheShortestRoundTripForm() {
    assertEquals("0.1", CsvWriter.number(0.1));
    assertEquals("0.30000000000000004", CsvWriter.number(0.1 + 0.2));
    assertEquals("1.0E-5", CsvWriter.number(1e-5));
    assertEquals("1.0E15", CsvWriter.number(1e15));
    assertEquals("-2.5", CsvWriter.number(-2.5));
  }

  @Test
  void missingNumbersAreEmptyCells() {
    assertEquals("", CsvWriter.number(Double.NaN));
    assertEquals("", CsvWriter.number(Double.POSITIVE_INFINITY));
    assertEquals("", CsvWriter.number(Double.NEGATIVE_INFINITY));
  }

  @Test
  void quotingFollowsRfc4180() {
    assertEquals("plain text", CsvWriter.quote("plain text"));
    assertEquals("\"a,b\"", CsvWriter.quote("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", CsvWriter.quote("say \"hi\""));
    assertEquals("\"two\nlines\"", CsvWriter.quote("two\nlines"));
    assertEquals("\"cr\rhere\"", CsvWriter.quote("cr\rhere"));
  }

  @Test
  void buildsRowsWithNewlineEnds() {
    CsvWriter csv = new CsvWriter(List.of("name", "value", "count", "note"));
    csv.cell("Clinic, Vienna").cell(0.5).cell(3L).empty().endRow();
    csv.cell((String) null).cell(Double.NaN).cell(-1L).cell("ok").endRow();
    assertEquals("name,value,count,note\n\"Clinic, Vienna\",0.5,3,\n,,-1,ok\n", csv.text());
  }

  @Test
  void outputDoesNotDependOnTheLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      String german = new CsvWriter(List.of("x")).cell(1234.5).endRow().text();
      Locale.setDefault(Locale.US);
      assertEquals(german, new CsvWriter(List.of("x")).cell(1234.5).endRow().text());
      assertEquals("x\n1234.5\n", german);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void rowsMustMatchTheHeader() {
    CsvWriter csv = new CsvWriter(List.of("a", "b"));
    csv.cell(1L);
    assertThrows(IllegalStateException.class, csv::endRow);
    assertThrows(IllegalStateException.class, csv::text);
    csv.cell(2L);
    assertThrows(IllegalStateException.class, () -> csv.cell(3L));
  }
}
