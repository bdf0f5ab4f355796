/**
 * Delivering the budget: a person's append-only {@link uk.ras.ledger.Ledger} for a budget period, kept
 * under declared {@link uk.ras.ledger.LedgerTerms}. Its {@link uk.ras.ledger.Entry entries} record
 * planned support (a weekly pattern), delivered visits, cancellations (charged inside the provider's
 * notice period), banked hours and their use, hospital stays (planned visits banked, or paid to the
 * provider for declared days), mileage, one-off spends and direct-payment receipts and spending; a
 * correction is a reversal, never an edit. Visits are priced from the {@link uk.ras.costing.Rates} in
 * force on their date, in the time band of their start ({@link uk.ras.ledger.BandRules}, with a declared
 * {@link uk.ras.ledger.BankHolidays} calendar), each with a trace from the visit through the rate
 * version and band to the amount.
 *
 * <p>From the entries come {@link uk.ras.ledger.Balance balances} on any date (budget, spent, committed,
 * banked hours and their value, remaining), monthly {@link uk.ras.ledger.Statement statements} with
 * running balances, what a provider should invoice, the {@link uk.ras.ledger.Reconciliation} of a
 * provider's {@link uk.ras.ledger.Invoice} visit by visit, {@link uk.ras.ledger.Alert alerts} (projected
 * overspend, banked hours above a limit, money unused, a direct-payment surplus and what could be
 * recovered) and, apart, when {@link uk.ras.ledger.ReviewRules reviews} fall due.
 *
 * <p>Everything is exact pence. Three steps round, each with the rates' declared mode: a visit's price
 * ({@code minutes x hourly rate / 60}, once per visit), a mileage charge ({@code miles x price a mile}),
 * and the value of banked minutes ({@code minutes x base rate / 60}, once per staff type); the period's
 * budget is {@code weekly x days / 7}, rounded once. Nothing here does I/O: a store persists the entries
 * (plain values with stable ids) and rebuilds the ledger from them, in any order.
 */
package uk.ras.ledger;
