package org.gapfill.model;

/** A growable list of ints without boxing, cleared and reused every week. */
public final class IntList implements java.io.Serializable {
  private int[] data;
  private int size;

  public IntList(int capacity) {
    data = new int[Math.max(4, capacity)];
  }

  public void add(int value) {
    if (size == data.length) {
      data = java.util.Arrays.copyOf(data, size * 2);
    }
    data[size++] = value;
  }

  public int get(int i) {
    return data[i];
  }

  public int size() {
    return size;
  }

  public void clear() {
    size = 0;
  }

  /** The backing array; valid up to {@link #size()}. */
  public int[] array() {
    return data;
  }
}
