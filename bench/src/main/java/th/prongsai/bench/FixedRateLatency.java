package th.prongsai.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.LockSupport;

/**
 * Latency at a fixed request rate over one keep-alive HTTP/1.1 connection (wrk cannot hold a rate): every request
 * is due at a fixed time and its latency counts from that time, so a slow answer also delays (and is charged to)
 * the ones behind it. A minimal client on a plain socket, so its own cost is small and the same for every target.
 * When a server ends the connection ({@code Connection: close}, as Tomcat does after 100 requests by default), the
 * next request opens a new one, as a browser would.
 *
 * <p>Args: url rate-per-second seconds [header: value]... Prints {@code RESULT count p50 p90 p99 max non2xx} (ms).
 */
public final class FixedRateLatency {

    private FixedRateLatency() {}

    public static void main(String[] args) throws IOException {
        URI uri = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        StringBuilder head = new StringBuilder("GET ")
                .append(uri.getRawPath())
                .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                .append(" HTTP/1.1\r\nHost: ")
                .append(uri.getHost())
                .append(':')
                .append(uri.getPort())
                .append("\r\n");
        for (int i = 3; i < args.length; i++) {
            head.append(args[i]).append("\r\n");
        }
        byte[] request = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        Stats stats = new Stats();
        long non2xx = 0;
        Socket socket = null;
        try {
            OutputStream out = null;
            InputStream in = null;
            long interval = 1_000_000_000L / rate;
            long total = (long) rate * seconds;
            long start = System.nanoTime();
            stats.start();
            for (long i = 0; i < total; i++) {
                long due = start + i * interval;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
                    socket.setSoTimeout(10_000);
                    out = socket.getOutputStream();
                    in = new BufferedInputStream(socket.getInputStream(), 65_536);
                }
                out.write(request);
                out.flush();
                int status = readResponse(in);
                if (status < 0) {
                    socket.close();
                    socket = null;
                    status = -status;
                }
                stats.record(System.nanoTime() - due);
                if (status < 200 || status > 299) {
                    non2xx++;
                }
            }
            stats.end();
        } finally {
            if (socket != null) {
                socket.close();
            }
        }
        System.out.printf(
                "RESULT %d %.3f %.3f %.3f %.3f %d%n",
                stats.count(),
                stats.percentileMs(50),
                stats.percentileMs(90),
                stats.percentileMs(99),
                stats.percentileMs(100),
                non2xx);
    }

    /** Reads one response (Content-Length or chunked body); its status, negative when the server closes. */
    private static int readResponse(InputStream in) throws IOException {
        String status = line(in);
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("content-length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            } else if (name.equalsIgnoreCase("connection") && value.equalsIgnoreCase("close")) {
                close = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).split(";")[0].trim(), 16);
                    size > 0;
                    size = Long.parseLong(line(in).split(";")[0].trim(), 16)) {
                skip(in, size);
                line(in);
            }
            for (String trailer = line(in); !trailer.isEmpty(); trailer = line(in)) {
                // trailers ignored
            }
        } else if (length > 0) {
            skip(in, length);
        }
        return close ? -code : code;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static void skip(InputStream in, long n) throws IOException {
        for (long left = n; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }
}
