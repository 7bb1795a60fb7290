/** The plan file format (YAML and JSON), read all or nothing with every problem and its line. Part of the plan module's published API. */
@org.springframework.modulith.NamedInterface("file")
package se.samordna.plan.file;
