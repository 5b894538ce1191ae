package org.gapfill.experiment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.gapfill.model.CityModel;
import sim.engine.SimState;

/**
 * A model's complete state as bytes, through MASON's checkpointing (Java serialisation of the
 * SimState with its schedule and generator), so one history can be continued several ways.
 */
public final class Checkpoint {
  private Checkpoint() {
  }

  /** The state of a model between two weeks. */
  public static byte[] save(CityModel model) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      model.writeToCheckpoint(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot checkpoint the model", e);
    }
    return bytes.toByteArray();
  }

  /** A fresh, independent model in the saved state. */
  public static CityModel restore(byte[] state) {
    try {
      SimState s = SimState.readFromCheckpoint(new ByteArrayInputStream(state));
      if (s == null) {
        throw new IllegalStateException("the checkpoint could not be read");
      }
      return (CityModel) s;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the checkpoint", e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the checkpoint names an unknown class", e);
    }
  }
}
