package se.samordna.identity;

import java.util.UUID;

/** The signed-in person. */
public record CurrentUser(UUID id, String username, String displayName, boolean systemAdmin, boolean nationalReader) {
}
