/**
 * One class a {@code ras} command: each reads its files, calls one entry point of the library and writes
 * what it gives ({@code allocate}, {@code calibrate}, {@code portfolio}, {@code isf}, {@code cost},
 * {@code compare}, {@code plan}). Registered in {@link uk.ras.examples.Ras}.
 */
package uk.ras.examples.commands;
