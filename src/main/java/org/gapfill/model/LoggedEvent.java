package org.gapfill.model;

/** One line of the event log: a policy event applied or an endogenous event, in its week. */
public record LoggedEvent(int week, String type, String detail) implements java.io.Serializable {
}
