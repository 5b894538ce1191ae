/**
 * Scenario files: strict YAML read into located trees, bound to the model's {@code Params}
 * through the parameter metadata of {@code @Param}, with {@code extends}, dotted
 * {@code --set} overrides, and one clear error line per problem.
 */
package org.gapfill.scenario;
