package th.prongsai.gateway.support;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A TCP relay between the gateway and the test Redis that a test can cut, to play a Redis outage
 * without stopping a Redis that other test JVMs share.
 */
public final class RedisProxy {

    private final InetSocketAddress target;
    private final int port;
    /** The logical database of the proxied URL ({@code /N}), kept in the proxy's own URL. */
    private final String databasePath;

    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    public RedisProxy(String redisUrl) {
        URI uri = URI.create(redisUrl);
        this.target = new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort());
        this.databasePath = uri.getPath() == null ? "" : uri.getPath();
        this.port = portOutsideTheEphemeralRange();
        up();
    }

    /**
     * A port the kernel never hands out as a connection's local port (Linux: 32768-60999), so that nothing on a
     * busy machine takes it while the relay is down and {@link #up()} can always bind it again.
     */
    private static int portOutsideTheEphemeralRange() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = 20_000 + ThreadLocalRandom.current().nextInt(10_000);
            try (ServerSocket probe = new ServerSocket(candidate, 50, InetAddress.getLoopbackAddress())) {
                return probe.getLocalPort();
            } catch (IOException taken) {
                // another one
            }
        }
        throw new IllegalStateException("no free port between 20000 and 30000");
    }

    public String url() {
        return "redis://127.0.0.1:" + port + databasePath;
    }

    public synchronized void up() {
        if (listener != null) {
            return;
        }
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = server;
            Thread.ofPlatform().daemon().name("redis-proxy-accept").start(() -> accept(server));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses new connections and breaks the open ones. */
    public synchronized void down() {
        closeQuietly(listener);
        listener = null;
        sockets.forEach(RedisProxy::closeQuietly);
        sockets.clear();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(target.getAddress(), target.getPort());
                sockets.add(client);
                sockets.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                if (!server.isClosed()) {
                    continue;
                }
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread.ofPlatform().daemon().name("redis-proxy-pump").start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException ignored) {
                // one side closed: close both below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        });
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
