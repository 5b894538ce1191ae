package org.gapfill.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A CSV file read whole (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
public final class Csv {
  private final List<String> header;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<List<String>> rows;

  private Csv(List<List<String>> records) {
    if (records.isEmpty()) {
      throw new ReportException("empty CSV file");
    }
    this.header = records.get(0);
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(header.get(i), i);
    }
    this.rows = records.subList(1, records.size());
  }

  /** Reads a file; a missing or unreadable file is a {@link ReportException}. */
  public static Csv read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ReportException("cannot read " + file + ": " + e.getMessage());
    } catch (ReportException e) {
      throw new ReportException(file + ": " + e.getMessage());
    }
  }

  /** Parses CSV text. */
  public static Csv parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        record.add(cell.toString());
        cell.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || cell.length() > 0) {
          record.add(cell.toString());
          records.add(record);
        }
        record = new ArrayList<>();
        cell.setLength(0);
        any = false;
      } else {
        cell.append(c);
        any = true;
      }
    }
    if (quoted) {
      throw new ReportException("unterminated quoted cell");
    }
    if (any || cell.length() > 0) {
      record.add(cell.toString());
      records.add(record);
    }
    return new Csv(records);
  }

  /** The column names. */
  public List<String> header() {
    return Collections.unmodifiableList(header);
  }

  /** Whether the file has this column. */
  public boolean has(String column) {
    return index.containsKey(column);
  }

  /** The number of data rows. */
  public int size() {
    return rows.size();
  }

  /** A cell as text ("" when the row is short). */
  public String text(int row, String column) {
    Integer c = index.get(column);
    if (c == null) {
      throw new ReportException("no column " + column);
    }
    List<String> r = rows.get(row);
    return c < r.size() ? r.get(c) : "";
  }

  /** A cell as a number; empty or unparsable cells are NaN. */
  public double number(int row, String column) {
    String s = text(row, column).trim();
    if (s.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** A whole column as numbers. */
  public double[] column(String column) {
    double[] v = new double[rows.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = number(i, column);
    }
    return v;
  }
}
