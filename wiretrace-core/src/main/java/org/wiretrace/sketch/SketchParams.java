package org.wiretrace.sketch;

/**
 * Parameters of the lexical sketches: word shingle size, MinHash signature length, seed and LSH
 * banding. Every signature and every fingerprint term set carries them (via {@link #stamp()}), and
 * comparing sketches made with different parameters is refused.
 *
 * @param shingleSize words per shingle (k)
 * @param numPerm MinHash signature length
 * @param seed seed of the hash family
 * @param lsh banding of the signature
 */
public record SketchParams(int shingleSize, int numPerm, long seed, LshParams lsh) {

  /** Validates the combination. */
  public SketchParams {
    if (shingleSize < 1 || shingleSize > 12) {
      throw new IllegalArgumentException(
          "shingleSize " + shingleSize + " must be between 1 and 12; 5 words is usual for news");
    }
    if (numPerm < 8 || numPerm > 1024) {
      throw new IllegalArgumentException(
          "numPerm " + numPerm + " must be between 8 and 1024; 128 is usual");
    }
    if (lsh.bands() * lsh.rows() > numPerm) {
      throw new IllegalArgumentException(
          "bands × rows = " + lsh.bands() + " × " + lsh.rows() + " = " + lsh.bands() * lsh.rows()
              + " exceeds numPerm " + numPerm + "; did you set numPerm?");
    }
  }

  /**
   * Returns the stamp written into fingerprints and indexes, e.g. {@code minhash:k5:p128:s42:b16x8}.
   *
   * @return the stamp
   */
  public String stamp() {
    return "minhash:k" + shingleSize + ":p" + numPerm + ":s" + seed + ":b" + lsh;
  }
}
