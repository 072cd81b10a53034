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

    public void changed(long documentId, long segmentId) {
        for (java.util.function.BiConsumer<Long, Long> l : textListeners) {
            l.accept(documentId, segmentId);
        }
        refreshed(documentId, segmentId);
    }

    /** Only open editors are told (e.g. new QA findings), not the change listeners. */
    public void refreshed(long documentId, long segmentId) {
        for (LongConsumer l : listeners.getOrDefault(documentId, List.of())) {
            l.accept(segmentId);
        }
    }
}
