package th.prongsai.localinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import redis.embedded.RedisServer;

/**
 * Embedded PostgreSQL and Redis for {@code ./platform up} when no real servers are named.
 * Data lives under the given directory and survives a restart; the process runs until it is told to stop.
 *
 * <p>Usage: {@code LocalInfra <data-dir> <pg-port> <redis-port> <database>}; a port of 0 leaves that
 * server out (the platform was given a real one).
 */
public final class LocalInfra {

    private LocalInfra() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: LocalInfra <data-dir> <pg-port> <redis-port> <database>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int pgPort = Integer.parseInt(args[1]);
        int redisPort = Integer.parseInt(args[2]);
        String database = args[3];
        Path pgData = Files.createDirectories(dataDir.resolve("postgres"));
        Path redisData = Files.createDirectories(dataDir.resolve("redis"));
        Path ready = dataDir.resolve("infra.ready");
        Files.deleteIfExists(ready);

        EmbeddedPostgres postgres = null;
        if (pgPort > 0) {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setPort(pgPort)
                    .setServerConfig("max_connections", "200")
                    .start();
            createDatabase(postgres, database);
        }
        RedisServer redis = null;
        if (redisPort > 0) {
            // Append-only file so tenant events and the registry snapshot survive ./platform down + up.
            redis = RedisServer.newRedisServer()
                    .port(redisPort)
                    .bind("127.0.0.1")
                    .setting("dir " + redisData)
                    .setting("appendonly yes")
                    .setting("save \"\"")
                    .build();
            redis.start();
        }
        EmbeddedPostgres startedPostgres = postgres;
        RedisServer startedRedis = redis;

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(ready);
                if (startedRedis != null) {
                    startedRedis.stop();
                }
                if (startedPostgres != null) {
                    startedPostgres.close();
                }
            } catch (IOException e) {
                System.err.println("local-infra: stop failed: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }));
        Files.writeString(ready, "postgres=" + pgPort + "\nredis=" + redisPort + "\n");
        System.out.printf(
                "local-infra ready: PostgreSQL 127.0.0.1:%d/%s, Redis 127.0.0.1:%d, data in %s%n",
                pgPort, database, redisPort, dataDir);
        stopped.await();
    }

    private static void createDatabase(EmbeddedPostgres postgres, String database) throws SQLException {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name: " + database);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + database);
            }
        }
    }
}
