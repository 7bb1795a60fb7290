/**
 * Shared kernel: money, roles and the access annotation that every module's web layer declares,
 * and the exceptions that the web layer turns into clear 4xx answers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        displayName = "Shared kernel")
package se.samordna.shared;
