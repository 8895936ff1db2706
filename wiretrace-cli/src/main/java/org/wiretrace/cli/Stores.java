package org.wiretrace.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.wiretrace.index.IncompatibleStoreException;
import org.wiretrace.index.WiretraceStore;

/** Opens the on-disk store ({@code wiretrace-index}) for the commands. */
final class Stores {

  private Stores() {}

  /**
   * Opens the store for writing, creating it when the directory is new or empty.
   *
   * @param directory the store directory
   * @param detection the detection whose fingerprints the candidate index holds
   * @return the open store
   * @throws IOException when it cannot be opened; {@code IncompatibleStoreException} (exit 3) when
   *     it was written by another schema, sketch parameters or embedder
   */
  static WiretraceStore openWritable(Path directory, Detection detection) throws IOException {
    return WiretraceStore.open(directory, detection.paramsStamp());
  }

  /**
   * Opens an existing store for reading; works while another process ingests.
   *
   * @param directory the store directory
   * @return the open store
   * @throws BadInputException when there is no store there yet
   * @throws IOException when it cannot be opened
   */
  static WiretraceStore openReadOnly(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      throw new BadInputException("no store at " + directory
          + "; run 'wiretrace ingest PATH...' first, or point --store (or $WIRETRACE_HOME) at a store");
    }
    return WiretraceStore.openReadOnly(directory);
  }

  /**
   * Checks that the store's candidate index holds fingerprints made the way this run makes them.
   *
   * @param store the open store
   * @param detection this run's detection
   * @throws IncompatibleStoreException when the stamps differ
   */
  static void requireSameStamp(WiretraceStore store, Detection detection) throws IncompatibleStoreException {
    if (!store.paramsStamp().equals(detection.paramsStamp())) {
      throw new IncompatibleStoreException(IncompatibleStoreException.Reason.PARAMS_STAMP, store.path(),
          "store " + store.path() + " holds fingerprints made with '" + store.paramsStamp() + "' but this run makes '"
              + detection.paramsStamp() + "'; pick the same --embedder as at ingest, or ingest again into a new --store");
    }
  }
}
