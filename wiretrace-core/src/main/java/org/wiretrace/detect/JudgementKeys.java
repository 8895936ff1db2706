package org.wiretrace.detect;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;

/**
 * Keys of {@link PairJudgements}: a SHA-256 over everything a pair's judgement depends on — the code
 * that judges (a digest of the wiretrace-core classes and resources, so a rebuilt engine never reads
 * an older engine's results), the detector settings and embedder, whether the pair is judged fully
 * or for its story only, and both articles' full content and metadata. Equal keys therefore mean
 * equal judgements. When the code cannot be read (an unusual class loader), the stamp is random per
 * process, so remembered judgements are only reused within the run.
 */
final class JudgementKeys {

  private static final String CODE = codeStamp();

  private final String prefix;
  /** Most article digests kept (least recently used go first). */
  private static final int DIGESTS_KEPT = 8192;

  /** Digest of the article last seen under each id; reused while the same instance comes again. */
  private final Map<ArticleId, Digested> digests = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<ArticleId, Digested> eldest) {
      return size() > DIGESTS_KEPT;
    }
  };

  /** An article and the hex SHA-256 of its content. */
  private record Digested(Article article, String digest) {}

  /**
   * Creates the keys of one detector.
   *
   * @param paramsStamp the detector's fingerprint stamp (sketch and embedder model)
   * @param settings the detector's settings
   */
  JudgementKeys(String paramsStamp, Map<String, String> settings) {
    this.prefix = CODE + '\n' + paramsStamp + '\n' + new TreeMap<>(settings);
  }

  /**
   * Returns the key of one judgement.
   *
   * @param first the pair's article with the lower id
   * @param second the other article
   * @param full true for a full judgement, false for the story-only check
   * @return the key, 64 hex digits
   */
  String key(Article first, Article second, boolean full) {
    MessageDigest sha = sha256();
    update(sha, prefix);
    update(sha, full ? "full" : "story");
    update(sha, digest(first));
    update(sha, digest(second));
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The content digest of an article, computed once per article instance. */
  private String digest(Article article) {
    synchronized (digests) {
      Digested known = digests.get(article.id());
      if (known != null && known.article() == article) {
        return known.digest();
      }
    }
    MessageDigest sha = sha256();
    update(sha, content(article));
    String digest = HexFormat.of().formatHex(sha.digest());
    synchronized (digests) {
      digests.put(article.id(), new Digested(article, digest));
    }
    return digest;
  }

  /** Every field of an article in a fixed order (the extra metadata sorted by key). */
  private static String content(Article a) {
    return String.join("\u0000", List.of(a.id().value(), String.valueOf(a.url()), String.valueOf(a.title()),
        String.valueOf(a.outlet()), String.valueOf(a.published()), a.text(), a.paragraphs().toString(),
        a.sentences().toString(), a.stripped().toString(), new TreeMap<>(a.extra()).toString(),
        String.valueOf(a.origin())));
  }

  private static void update(MessageDigest sha, String part) {
    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
    sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) ':');
    sha.update(bytes);
  }

  /** Digest of the wiretrace-core jar, or of its class directory when run from a build tree. */
  private static String codeStamp() {
    try {
      Path location = Path.of(JudgementKeys.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      MessageDigest sha = sha256();
      if (Files.isRegularFile(location)) {
        digestFile(sha, location);
      } else {
        try (Stream<Path> files = Files.walk(location)) {
          for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
            update(sha, location.relativize(file).toString());
            digestFile(sha, file);
          }
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "process-" + UUID.randomUUID();
    }
  }

  private static void digestFile(MessageDigest sha, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JDK lacks SHA-256", e);
    }
  }
}
