package uk.ras.examples.files;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An output file that never loses data: written to a temporary file beside it and moved into place
 * (atomically where the file system can) only by {@link #commit()}, so a run that fails, is killed or
 * fills the disk leaves the previous file as it was; and locked for the run ({@link FileChannel#tryLock}
 * on a {@code .NAME.lock} sibling), so a second run writing the same file is refused rather than
 * interleaving rows with the first.
 *
 * <p>A symbolic link to a file is written through: the file it names is replaced, the link kept.
 *
 * <p>A target that exists and is not a regular file ({@code /dev/null}, a FIFO) cannot be replaced: it is
 * written directly, as the user asked.
 *
 * <p>A run killed outright leaves its temporary file; the next run writing the same file deletes it.
 *
 * <p>Usage: {@code try (OutputFile f = OutputFile.open(path)) { write to f.stream(); f.commit(); }}.
 * Closing without committing deletes the temporary file. One thread.
 */
public final class OutputFile implements Closeable {
  private static final AtomicLong NEXT = new AtomicLong();

  private final Path target;
  private final Path temp;
  private final Path lockFile;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final FileChannel channel;
  private final OutputStream stream;
  private boolean committed;

  private OutputFile(
      Path target, Path temp, Path lockFile, FileChannel lockChannel, FileLock lock, FileChannel channel,
      OutputStream stream) {
    this.target = target;
    this.temp = temp;
    this.lockFile = lockFile;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.channel = channel;
    this.stream = stream;
  }

  /**
   * Locks {@code target} for this run and opens a temporary file beside it.
   *
   * @throws UnusableFileException if the directory does not exist, the target is a directory, or another
   *     run is writing it
   * @throws IOException if the temporary file cannot be made (its message names the file)
   */
  public static OutputFile open(Path given) throws IOException, UnusableFileException {
    String name = Cells.escapeControls(given.toString());
    // A link is written through, as an editor does: the file it names is replaced and the link kept,
    // and two runs writing it under different names lock the same file.
    Path target = Files.isSymbolicLink(given) && Files.exists(given) ? given.toRealPath() : given;
    if (Files.isDirectory(target)) {
      throw new UnusableFileException("the output is a directory, not a file: " + name);
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      OutputStream direct = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
      return new OutputFile(target, null, null, null, null, null, new Named(direct, name, ""));
    }
    Path dir = target.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new UnusableFileException("output directory not found: " + Cells.escapeControls(dir.toString()));
    }
    String base = target.getFileName().toString();
    Path lockFile = dir.resolve("." + base + ".lock");
    FileChannel lockChannel;
    try {
      lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new IOException("cannot write " + name + ": " + FileChecks.plainReason(e), e);
    }
    FileLock lock = null;
    try {
      try {
        lock = lockChannel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by another run in this very JVM
      }
      // A lock on a lock file that another run has meanwhile deleted locks nothing: count it as held.
      if (lock == null || !Files.exists(lockFile)) {
        throw new UnusableFileException(
            name + " is being written by another run of ras (" + Cells.escapeControls(lockFile.toString())
                + " is locked); wait for it to finish or choose another output");
      }
      removeLeftovers(dir, base);
      Path temp = dir.resolve("." + base + "." + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet() + ".tmp");
      FileChannel channel;
      try {
        channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw new IOException("cannot write " + name + ": " + FileChecks.plainReason(e), e);
      }
      temp.toFile().deleteOnExit(); // a run stopped by a signal leaves no temporary file behind
      OutputStream stream =
          new Named(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16), name, KEPT);
      return new OutputFile(target, temp, lockFile, lockChannel, lock, channel, stream);
    } catch (IOException | UnusableFileException | RuntimeException e) {
      if (lock != null && lock.isValid()) {
        lock.release();
      }
      lockChannel.close();
      throw e;
    }
  }

  /**
   * Writes a whole page of text, UTF-8, to {@code dir/name}: the directory made if need be, the file
   * refused if it is one of the inputs, and written through a temporary file moved into place. Every
   * {@code --report DIR} uses it.
   *
   * @param inputs the run's input files (nulls ignored)
   * @throws UnusableFileException if the file is one of the inputs, or is being written by another run
   * @throws IOException if the directory or the file cannot be written (the message names it)
   */
  public static void writeText(Path dir, String name, String text, Path... inputs)
      throws IOException, UnusableFileException {
    writeTexts(dir, Map.of(name, text), inputs);
  }

  /**
   * Writes pages that are one result, such as a letter in plain words and in Easy Read, to {@code
   * dir/name} each, as {@link #writeText} does, except that every page is written in full before any is
   * moved into place: a run that fails while writing them (a full disk, another run holding one) leaves
   * the previous set whole. Each page holds its file open and locked until then, so this is for a few
   * pages, not thousands.
   *
   * @param pages each file's name and text, written in this order
   * @param inputs the run's input files (nulls ignored)
   * @throws UnusableFileException if a file is one of the inputs, or is being written by another run
   * @throws IOException if the directory or a file cannot be written (the message names it)
   */
  public static void writeTexts(Path dir, Map<String, String> pages, Path... inputs)
      throws IOException, UnusableFileException {
    Files.createDirectories(dir);
    for (String name : pages.keySet()) {
      FileChecks.notAnInput(dir.resolve(name), inputs);
    }
    List<OutputFile> files = new ArrayList<>();
    try {
      for (Map.Entry<String, String> page : pages.entrySet()) {
        OutputFile file = open(dir.resolve(page.getKey()));
        files.add(file);
        file.stream().write(page.getValue().getBytes(StandardCharsets.UTF_8));
      }
      for (OutputFile file : files) {
        file.commit();
      }
    } finally {
      IOException failed = null;
      for (OutputFile file : files) {
        try {
          file.close();
        } catch (IOException e) {
          failed = failed == null ? e : failed;
        }
      }
      if (failed != null) {
        throw failed;
      }
    }
  }

  /**
   * Deletes the temporary files of earlier runs writing the same file ({@code .NAME.PID-N.tmp}), which a
   * run killed outright (SIGKILL, a power cut) leaves behind: with the lock held, no other run is
   * writing one. A file that cannot be deleted is left; it is never read.
   */
  private static void removeLeftovers(Path dir, String base) {
    String prefix = "." + base + ".";
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, entry -> isLeftover(entry, prefix))) {
      for (Path file : files) {
        Files.deleteIfExists(file);
      }
    } catch (IOException | DirectoryIteratorException e) {
      // Left as it was: a leftover takes space but never replaces or mixes with the output.
    }
  }

  private static boolean isLeftover(Path entry, String prefix) {
    String name = entry.getFileName().toString();
    return name.startsWith(prefix)
        && name.endsWith(".tmp")
        && name.substring(prefix.length(), name.length() - 4).matches("[0-9]+-[0-9]+");
  }

  /** Where to write; buffered; not to be closed by the caller. */
  public OutputStream stream() {
    return stream;
  }

  /** The file this writes. */
  public Path target() {
    return target;
  }

  /**
   * Moves the complete file into place, replacing the previous one.
   *
   * @throws IOException naming the file if it cannot be written in full (a full disk, say); the previous
   *     file is then left as it was
   */
  public void commit() throws IOException {
    try {
      stream.flush();
      if (temp == null) {
        committed = true;
        return;
      }
      channel.force(true);
      channel.close();
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      committed = true;
    } catch (WriteFailed e) {
      throw e;
    } catch (IOException e) {
      throw new WriteFailed(Cells.escapeControls(target.toString()), temp == null ? "" : KEPT, e);
    }
  }

  private static final String KEPT = "; the previous file, if any, is left as it was";

  /** A failure to write the output, naming the file and what went wrong in plain words. */
  private static final class WriteFailed extends IOException {
    private static final long serialVersionUID = 1L;

    WriteFailed(String name, String kept, IOException cause) {
      super("cannot write " + name + ": " + FileChecks.plainReason(cause) + kept, cause);
    }
  }

  /**
   * The output stream, its failures named: a full disk is met while writing rows, long before {@link
   * #commit()}, and the system's words alone ("No space left on device") do not say which file.
   */
  private static final class Named extends FilterOutputStream {
    private final String name;
    private final String kept;

    Named(OutputStream out, String name, String kept) {
      super(out);
      this.name = name;
      this.kept = kept;
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw named(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw named(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw named(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (IOException e) {
        throw named(e);
      }
    }

    private IOException named(IOException e) {
      return e instanceof WriteFailed ? e : new WriteFailed(name, kept, e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (temp == null) {
        stream.close();
        return;
      }
      if (!committed) {
        try {
          channel.close();
        } finally {
          Files.deleteIfExists(temp);
        }
      }
    } finally {
      if (lock != null) {
        // Deleted while still held, so that no other run can lock this file after it is released.
        Files.deleteIfExists(lockFile);
        lock.release();
        lockChannel.close();
      }
    }
  }
}
