/**
 * Internal to the plan module: the plan file format (YAML and JSON), read by part all or nothing with every problem and
 * its line. Other modules read and write plan files through {@link se.samordna.plan.PlanFiles}.
 */
package se.samordna.plan.file;
