/**
 * The analysts' command line, {@code ras} ({@link uk.ras.examples.Ras}), with what every command shares:
 * the picocli value converters ({@code CliValues}) and the usage error a command reports in place of a
 * stack trace ({@code UsageException}). The rest is in packages by concern: {@code commands} (one class a
 * command), {@code files} (reading and writing the files the commands take and give), {@code report}
 * (the HTML reports and letters), {@code scenarios} (the bundled synthetic councils and samples) and
 * {@code ledger} (the delivery ledger kept in a database).
 */
package uk.ras.examples;
