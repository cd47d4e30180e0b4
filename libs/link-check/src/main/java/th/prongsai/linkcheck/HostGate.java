package th.prongsai.linkcheck;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness: at most one request at a time to a host, and a pause between the end of one and the start of the
 * next. A municipality's website is often a small shared server; a national check must never look like an attack.
 * Each host has its own fair lock, so different hosts proceed in parallel on the caller's threads.
 */
final class HostGate {

    /** A request's turn at a host; close it when the request is done. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Host {
        final ReentrantLock lock = new ReentrantLock(true); // fair: the earliest waiter goes next
        long lastEndNanos; // guarded by lock; 0 = never called
        boolean called;
    }

    private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();
    private final long delayNanos;

    HostGate(Duration delay) {
        this.delayNanos = delay.toNanos();
    }

    /** Waits for the host's turn (its lock, then the delay since its last request). */
    Turn enter(String host) throws InterruptedException {
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        h.lock.lockInterruptibly();
        try {
            if (h.called) {
                long wait = h.lastEndNanos + delayNanos - System.nanoTime();
                if (wait > 0) Thread.sleep(Duration.ofNanos(wait));
            }
        } catch (InterruptedException e) {
            h.lock.unlock();
            throw e;
        }
        return () -> {
            h.called = true;
            h.lastEndNanos = System.nanoTime();
            h.lock.unlock();
        };
    }
}
