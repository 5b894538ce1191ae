/** The {@code gapfill} command line (picocli): one class per subcommand, exit codes 0, 1, 2. */
package org.gapfill.cli;
