package se.samordna.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;


/**
 * Stored plans as read: a plan version's stored text ({@link StoredForm}) is read once and kept while it is among the
 * {@value #KEPT} most recently read. An entry holds the stored text itself and is used only when the text the database
 * just returned equals it, so every read is checked against the database: a save on another instance, a restore or a
 * migration can never serve a stale plan. The plans are immutable (the file readers hand out unmodifiable lists and
 * maps), so one read plan can be shared by every request.
 */
final class ReadPlans {

    /** Plans kept: 256 on a large heap, one per 2 MB of a small one (64 under the launcher's 128 MB heap). */
    static final int KEPT = (int) Math.max(32, Math.min(256, Runtime.getRuntime().maxMemory() / (2L * 1024 * 1024)));

    private record Key(UUID id, long version) {
    }

    private record Entry(String stored, Plan plan) {
    }

    private static final Map<Key, Entry> RECENT = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > KEPT;
        }
    });

    private ReadPlans() {
    }

    static Plan read(UUID id, long version, String stored) {
        Key key = new Key(id, version);
        Entry entry = RECENT.get(key);
        if (entry != null && entry.stored().equals(stored)) {
            return entry.plan();
        }
        Plan plan = StoredForm.read(stored);
        RECENT.put(key, new Entry(stored, plan));
        return plan;
    }
}
