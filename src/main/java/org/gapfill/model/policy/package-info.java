/** Policy shifts as immutable events, and the timeline that applies them in their week. */
package org.gapfill.model.policy;
