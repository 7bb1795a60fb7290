package se.samordna.association;

import se.samordna.shared.AssociationId;
import java.util.UUID;

/** A samordningsförbund: the tenant that owns all its data. */
public record Association(AssociationId id, String name, String slug, long version) {
}
