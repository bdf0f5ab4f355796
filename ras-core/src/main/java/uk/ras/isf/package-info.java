/**
 * Individual Service Funds in shared settings (a house of several people): how a setting's cost lines and
 * personal funding make up each person's ISF, to the penny, and what happens when a person leaves or joins.
 *
 * <p>Start with {@link uk.ras.isf.Setting#builder()}, then {@link uk.ras.isf.Setting#split()}, {@link
 * uk.ras.isf.Setting#leave(uk.ras.assessment.PersonId, uk.ras.isf.LeavePolicy)} and {@link
 * uk.ras.isf.Setting#join(uk.ras.isf.Person, java.util.List)}; {@link uk.ras.isf.SettingPortfolio} runs the leave
 * analysis for every person of many settings. The file format and commands are in {@code docs/isf.md}.
 *
 * <p>Every amount is exact pence. Every apportionment is largest remainder in whole pence: each person
 * first gets their exact share rounded down to the penny, then the pennies left over go one each to the
 * largest remainders, ties to the person listed earlier in the setting's people (see {@link
 * uk.ras.money.Apportionment}). Shares always add up exactly to what was apportioned.
 */
package uk.ras.isf;
