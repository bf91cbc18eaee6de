package io.hecha.serve;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Executors of daemon threads (they never keep the JVM alive after the server is closed). */
final class Daemons {
    private Daemons() {
    }

    static ExecutorService pool(String name, int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
