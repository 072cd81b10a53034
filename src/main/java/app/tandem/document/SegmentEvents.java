package app.tandem.document;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/** Tells open editors of a document that one of its segments changed, so they refresh it without a reload (with Vaadin Push). */
@Component
public class SegmentEvents {
    private final Map<Long, List<LongConsumer>> listeners = new ConcurrentHashMap<>();

    public Runnable subscribe(long documentId, LongConsumer onSegmentChanged) {
        listeners.computeIfAbsent(documentId, k -> new CopyOnWriteArrayList<>()).add(onSegmentChanged);
        return () -> listeners.getOrDefault(documentId, List.of()).remove(onSegmentChanged);
    }

    private final List<java.util.function.BiConsumer<Long, Long>> textListeners = new CopyOnWriteArrayList<>();

    /** Listeners told of every change of any segment's text (QA re-checks there). */
    public void onAnyChange(java.util.function.BiConsumer<Long, Long> listener) {
        textListeners.add(listener);
    }

    private final List<java.util.function.LongConsumer> bulkListeners = new CopyOnWriteArrayList<>();

    /** Listeners told that many segments of a document changed at once (an update from a file, a pre-translation). */
    public void onManyChanged(java.util.function.LongConsumer listener) {
        bulkListeners.add(listener);
    }

    /** Many segments changed: open editors read the document again once, and the change listeners hear it once. */
    public void manyChanged(long documentId) {
        for (java.util.function.LongConsumer l : bulkListeners) {
            l.accept(documentId);
        }
        refreshed(documentId, -1);
    }

    public void changed(long documentId, long segmentId) {
        for (java.util.function.BiConsumer<Long, Long> l : textListeners) {
            l.accept(documentId, segmentId);
        }
        refreshed(documentId, segmentId);
    }

    /** Only open editors are told (e.g. new QA findings), not the change listeners; other nodes too. */
    public void refreshed(long documentId, long segmentId) {
        refreshedFromElsewhere(documentId, segmentId);
        java.util.function.BiConsumer<Long, Long> r = relay;
        if (r != null) {
            try {
                r.accept(documentId, segmentId);
            } catch (RuntimeException e) {
                // the change is stored (this runs after the commit): the caller hears "saved", and the other
                // nodes, whose listening connection fails with the same database, redraw what they have open on reconnecting
                org.slf4j.LoggerFactory.getLogger(SegmentEvents.class).warn("Other nodes not told of a change to segment {} now: {}",
                        segmentId, e.getMessage());
            }
        }
    }

    private volatile java.util.function.BiConsumer<Long, Long> relay;

    /** Where this node's events go for the other nodes on the same database (set on PostgreSQL). */
    public void relayTo(java.util.function.BiConsumer<Long, Long> relay) {
        this.relay = relay;
    }

    /** A change another node made: this node's open editors are told, nothing is relayed back. */
    public void refreshedFromElsewhere(long documentId, long segmentId) {
        for (LongConsumer l : listeners.getOrDefault(documentId, List.of())) {
            try {
                l.accept(segmentId);
            } catch (RuntimeException e) {
                // one screen that cannot be told (its tab closing as the change comes) never fails the change
                // that was made, nor keeps the others from hearing it
                org.slf4j.LoggerFactory.getLogger(SegmentEvents.class).debug("An open editor not told of segment {}: {}", segmentId, e.toString());
            }
        }
    }

    /** Documents with an open editor on this node. */
    public java.util.Set<Long> openDocuments() {
        java.util.Set<Long> open = new java.util.HashSet<>();
        listeners.forEach((doc, l) -> {
            if (!l.isEmpty()) {
                open.add(doc);
            }
        });
        return open;
    }
}
