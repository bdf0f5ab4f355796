package uk.ras.examples.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Checks of the files a command is given, with messages that name the file and say what is wrong. */
public final class FileChecks {
  private FileChecks() {}

  /**
   * Checks that {@code file} is a regular file this process can read.
   *
   * @param what what the file is for, such as "assessments file"
   * @throws UnusableFileException naming the file: not found, a directory, not a regular file (a FIFO or
   *     a device such as /dev/zero), or not readable
   */
  public static void readable(Path file, String what) throws UnusableFileException {
    String name = Cells.escapeControls(file.toString());
    if (!Files.exists(file)) {
      throw new UnusableFileException(what + " not found: " + name);
    }
    if (Files.isDirectory(file)) {
      throw new UnusableFileException(what + " is a directory, not a file: " + name);
    }
    if (!Files.isRegularFile(file)) {
      throw new UnusableFileException(
          what + " is not a regular file (a FIFO, socket or device such as /dev/zero): " + name);
    }
    if (!Files.isReadable(file)) {
      throw new UnusableFileException(what + " is not readable (permission denied): " + name);
    }
  }

  /**
   * Refuses an output that is one of the inputs, by {@link Files#isSameFile} (so also through another
   * path or a link), before anything is read or written.
   *
   * @param out the output, not null; need not exist
   * @param inputs the inputs given as files (absent ones, such as bundled samples, left out)
   * @throws UnusableFileException if the output is an input
   */
  public static void notAnInput(Path out, Path... inputs) throws UnusableFileException {
    if (!Files.exists(out)) {
      return;
    }
    for (Path input : inputs) {
      try {
        if (input != null && Files.exists(input) && Files.isSameFile(out, input)) {
          throw new UnusableFileException(
              "the output " + Cells.escapeControls(out.toString()) + " is the input "
                  + Cells.escapeControls(input.toString()) + "; writing it would destroy the input: choose another --out");
        }
      } catch (IOException e) {
        // Cannot tell: the input is checked again when it is read.
      }
    }
  }

  /**
   * What went wrong with a file, in plain words: "permission denied", "the disk is full", "not found" or
   * the system's own words, never an exception's class name.
   */
  public static String plainReason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "not found";
    }
    String message = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (message == null) {
      message = e.getMessage();
    }
    String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (lower.contains("no space left") || lower.contains("disk quota") || lower.contains("not enough space")) {
      return "the disk is full";
    }
    return message == null ? e.getClass().getSimpleName() : Cells.escapeControls(message);
  }
}
