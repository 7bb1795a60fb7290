package se.samordna.association;

import java.util.UUID;

/** A samordningsförbund: the tenant that owns all its data. */
public record Association(UUID id, String name, String slug, long version) {
}
